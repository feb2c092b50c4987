using Extraction.Fields.Directives.Deadlines;

namespace Extraction.Tests.Fields.Directives;

public class LetterCalendarTests
{
    [Theory]
    // a letter with a blank day ("ngày   tháng 5 năm 2024", seed-001)
    [InlineData("2024-05", 2024, 5, null)]
    // a letter with day and month blank
    [InlineData("2023", 2023, null, null)]
    [InlineData("2025-01-24", 2025, 1, 24)]
    public void Reads_full_and_partial_issue_dates(string iso, int year, int? month, int? day)
    {
        var calendar = LetterCalendar.FromIssuedDate(iso);
        Assert.Equal((year, month, day), (calendar.Year!.Value, calendar.Month, calendar.Day));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ngày tháng năm")]
    public void Knows_no_year_without_an_issue_date(string? iso)
    {
        var calendar = LetterCalendar.FromIssuedDate(iso);
        Assert.Null(calendar.Date(15, 6, null));
        Assert.Equal(new DateOnly(2024, 6, 15), calendar.Date(15, 6, 2024));
    }

    [Fact]
    public void Ends_quarters_and_months_on_their_last_day()
    {
        var calendar = LetterCalendar.FromIssuedDate("2024-01-10");
        Assert.Equal(new DateOnly(2024, 3, 31), calendar.QuarterEnd(1, null));
        Assert.Equal(new DateOnly(2024, 12, 31), calendar.QuarterEnd(4, null));
        Assert.Equal(new DateOnly(2024, 2, 29), calendar.MonthEnd(2, null));
    }

    [Fact]
    public void Moves_a_quarter_past_the_year_end_to_the_next_year()
    {
        // A letter of late November speaks of the first quarter to come.
        var calendar = LetterCalendar.FromIssuedDate("2024-11-25");
        Assert.Equal(new DateOnly(2025, 3, 31), calendar.QuarterEnd(1, null));
        Assert.Equal(new DateOnly(2024, 12, 31), calendar.QuarterEnd(4, null));
    }

    [Fact]
    public void Rejects_a_day_its_month_does_not_have() =>
        Assert.Null(LetterCalendar.FromIssuedDate("2024-05-04").Date(31, 6, null));
}
