using System.Globalization;
using System.Text.RegularExpressions;

namespace Extraction.Search.Indexing;

/// <summary>
/// Dates as the index holds them: an int yyyymmdd, so range queries are numeric. A record's partial
/// date ("2024-05", "2023") counts from its first day; a date typed by a person ("2023", "6/2023",
/// "15/6/2023", "2023-06-15") widens to its first or last day depending on which end of a range it is.
/// </summary>
public static partial class IndexDate
{
    public static int ToInt(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    /// <summary>The first day of a record's ISO date, full or partial; null when it is missing or malformed.</summary>
    public static DateOnly? FirstDay(string? iso) => Parse(iso, lastDay: false);

    /// <summary>Reads a date a person typed, as the first day it can mean ("2023" → 1 January 2023).</summary>
    public static DateOnly? StartOf(string? typed) => Parse(typed, lastDay: false);

    /// <summary>Reads a date a person typed, as the last day it can mean ("6/2023" → 30 June 2023).</summary>
    public static DateOnly? EndOf(string? typed) => Parse(typed, lastDay: true);

    private static DateOnly? Parse(string? text, bool lastDay)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        int year, month = 0, day = 0;
        var iso = IsoPattern().Match(trimmed);
        var vietnamese = VietnamesePattern().Match(trimmed);
        if (iso.Success)
        {
            year = Number(iso.Groups["y"]);
            month = Number(iso.Groups["m"]);
            day = Number(iso.Groups["d"]);
        }
        else if (vietnamese.Success)
        {
            year = Number(vietnamese.Groups["y"]);
            month = Number(vietnamese.Groups["m"]);
            day = Number(vietnamese.Groups["d"]);
        }
        else return null;
        if (year < 1 || month > 12) return null;
        if (month == 0) month = lastDay ? 12 : 1;
        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (day == 0) day = lastDay ? daysInMonth : 1;
        return day <= daysInMonth ? new DateOnly(year, month, day) : null;
    }

    private static int Number(Group group) =>
        group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{1,2})(-(?<d>\d{1,2}))?)?$")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^((?<d>\d{1,2})/)?(?<m>\d{1,2})/(?<y>\d{4})$")]
    private static partial Regex VietnamesePattern();
}
