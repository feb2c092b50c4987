using System.Globalization;

namespace Extraction.Fields.Directives.Deadlines;

/// <summary>Turns the parts of a deadline into a date, using the letter's issue date for what the
/// letter leaves out: a missing year is the issue year, or the next one when the date would
/// otherwise fall well before the letter ("trước ngày 10/01" in a letter of 20/12/2024 is
/// 10/01/2025). Periods end on their last day: a month, a quarter, a year.</summary>
public sealed class LetterCalendar
{
    /// <summary>A day-month this long before the issue date belongs to the next year.</summary>
    private const int RolloverDays = 90;

    private LetterCalendar(int? year, int? month, int? day) => (Year, Month, Day) = (year, month, day);

    /// <summary>A letter whose issue date is unknown: only dates that give their year resolve.</summary>
    public static readonly LetterCalendar Unknown = new(null, null, null);

    public int? Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    /// <summary>The issue date when the letter gives all of it, else null.</summary>
    public DateOnly? IssuedOn => Year is { } y && Month is { } m && Day is { } d ? new DateOnly(y, m, d) : null;

    /// <summary>The earliest day the letter can have been issued on, null when the year is unknown.</summary>
    public DateOnly? EarliestIssue => Year is { } y ? new DateOnly(y, Month ?? 1, Day ?? 1) : null;

    /// <summary>Reads an ISO issue date, full or partial ("2024-05-04", "2024-05", "2024").</summary>
    public static LetterCalendar FromIssuedDate(string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso)) return Unknown;
        var parts = iso.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2200) return Unknown;
        int? month = parts.Length > 1 && int.TryParse(parts[1], out var m) && m is >= 1 and <= 12 ? m : null;
        int? day = month is not null && parts.Length > 2 && int.TryParse(parts[2], out var d) && d >= 1 && d <= DateTime.DaysInMonth(year, month.Value) ? d : null;
        return new LetterCalendar(year, month, day);
    }

    public DateOnly? Date(int day, int month, int? year) =>
        Resolve(year, month, y => IsValid(y, month, day) ? new DateOnly(y, month, day) : null);

    public DateOnly? MonthEnd(int month, int? year) =>
        Resolve(year, month, y => month is >= 1 and <= 12 ? new DateOnly(y, month, DateTime.DaysInMonth(y, month)) : null);

    public DateOnly? QuarterEnd(int quarter, int? year) =>
        quarter is < 1 or > 4 ? null : MonthEnd(quarter * 3, year);

    public DateOnly? YearEnd(int? year) => (year ?? Year) is { } y and >= 1900 and <= 2200 ? new DateOnly(y, 12, 31) : null;

    private DateOnly? Resolve(int? year, int month, Func<int, DateOnly?> make)
    {
        if (year is { } given) return given is >= 1900 and <= 2200 ? make(given) : null;
        if (month is < 1 or > 12 || Year is not { } issueYear) return null;
        var date = make(issueYear);
        if (date is { } d && d.DayNumber < EarliestIssue!.Value.DayNumber - RolloverDays) return make(issueYear + 1);
        return date;
    }

    private static bool IsValid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
