using Extraction.Registers;

namespace Extraction.Tests.Registers;

public class ArrivalLogTests
{
    [Fact]
    public void Reads_days_and_times_after_an_optional_heading()
    {
        var log = ArrivalLog.Parse(new StringReader("id,arrival\nseed-000,2023-05-26T08:30\nseed-001,2024-05-20\n\nqn-tb-11-2025,2025-01-09 14:05:00\n"));
        Assert.Equal(new DateTime(2023, 5, 26, 8, 30, 0), log["seed-000"]);
        Assert.Equal(new DateTime(2024, 5, 20), log["seed-001"]);
        Assert.Equal(new DateTime(2025, 1, 9, 14, 5, 0), log["qn-tb-11-2025"]);
    }

    [Theory]
    [InlineData("seed-000,26/05/2023")]
    [InlineData("seed-000")]
    [InlineData(",2023-05-26")]
    public void A_line_that_is_not_id_and_arrival_is_named(string line)
    {
        var error = Assert.Throws<FormatException>(() => ArrivalLog.Parse(new StringReader("seed-001,2024-05-20\n" + line)));
        Assert.StartsWith("line 2 ", error.Message);
    }
}
