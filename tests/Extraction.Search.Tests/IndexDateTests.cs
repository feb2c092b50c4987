using Extraction.Search.Indexing;

namespace Extraction.Search.Tests;

public sealed class IndexDateTests
{
    [Theory]
    [InlineData("2023-05-25", "2023-05-25", "2023-05-25")]
    [InlineData("2024-05", "2024-05-01", "2024-05-31")]
    [InlineData("2023", "2023-01-01", "2023-12-31")]
    [InlineData("15/6/2023", "2023-06-15", "2023-06-15")]
    [InlineData("6/2024", "2024-06-01", "2024-06-30")]
    public void A_typed_date_widens_to_the_days_it_can_mean(string typed, string start, string end)
    {
        Assert.Equal(DateOnly.Parse(start), IndexDate.StartOf(typed));
        Assert.Equal(DateOnly.Parse(end), IndexDate.EndOf(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ngày mai")]
    [InlineData("2023-13-01")]
    [InlineData("31/2/2024")]
    public void What_is_not_a_date_is_null(string typed)
    {
        Assert.Null(IndexDate.StartOf(typed));
    }

    [Fact]
    public void Ints_sort_as_dates_do()
    {
        Assert.Equal(20230630, IndexDate.ToInt(new DateOnly(2023, 6, 30)));
        Assert.True(IndexDate.ToInt(new DateOnly(2023, 12, 1)) < IndexDate.ToInt(new DateOnly(2024, 1, 1)));
    }
}
