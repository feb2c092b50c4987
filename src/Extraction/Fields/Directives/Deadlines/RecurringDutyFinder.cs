using System.Text.RegularExpressions;
using Extraction.Fields.Directives.Outline;

namespace Extraction.Fields.Directives.Deadlines;

/// <summary>A repeating deadline found in a paragraph.</summary>
public sealed record FoundRecurringDuty(Paragraph Paragraph, int Start, string Text, string Rule, int? Day);

/// <summary>Finds repeating deadlines: "Định kỳ hàng quý (chậm nhất ngày 12 của tháng cuối quý)",
/// "hằng tháng, trước ngày 25", "trước ngày 20 hằng tháng". A period word alone ("xếp loại hàng
/// năm") is not a duty: it needs a day, or "định kỳ" with a report.</summary>
public sealed partial class RecurringDutyFinder
{
    public static readonly RecurringDutyFinder Instance = new();

    private const int Window = 80;

    public IReadOnlyList<FoundRecurringDuty> Find(Paragraph paragraph)
    {
        var folded = paragraph.Folded.Folded;
        var found = new List<FoundRecurringDuty>();
        foreach (Match period in Period().Matches(folded))
        {
            var rule = period.Groups["rule"].Value switch { "thang" => "monthly", "quy" => "quarterly", _ => "yearly" };
            var (start, end, day) = DayAfter(folded, period) ?? DayBefore(folded, period) ?? (period.Index, period.Index + period.Length, (int?)null);
            if (day is null && !(period.Groups["periodic"].Success && ReportWord().IsMatch(SentenceAround(folded, period.Index))))
                continue;
            found.Add(new FoundRecurringDuty(paragraph, start, paragraph.Content[start..end], rule, day));
        }
        return found;
    }

    /// <summary>"hàng quý (chậm nhất ngày 12 của tháng cuối quý)": the day that follows, the
    /// closing bracket included.</summary>
    private static (int, int, int?)? DayAfter(string folded, Match period)
    {
        var from = period.Index + period.Length;
        var stop = ClauseEnd(folded, from);
        var day = (period.Groups["rule"].Value == "nam" ? DayOfYear() : DayWord()).Match(folded[..stop], from);
        if (!day.Success) return null;
        var end = day.Index + day.Length;
        var open = folded.LastIndexOf('(', day.Index, day.Index - from);
        var close = open >= 0 ? folded.IndexOf(')', end) : -1;
        if (close >= 0 && close - end < 40) end = close + 1;
        return (period.Index, end, int.Parse(day.Groups["day"].Value));
    }

    /// <summary>"trước ngày 25 hằng tháng", "trước ngày 15 tháng 12 hằng năm": the day that comes just before.</summary>
    private static (int, int, int?)? DayBefore(string folded, Match period)
    {
        var from = Math.Max(0, period.Index - 40);
        var day = DayBeforePeriod().Match(folded[from..period.Index]);
        if (!day.Success) return null;
        return (from + day.Index, period.Index + period.Length, int.Parse(day.Groups["day"].Value));
    }

    private static int ClauseEnd(string folded, int from)
    {
        var limit = Math.Min(folded.Length, from + Window);
        for (var i = from; i < limit; i++)
            if (folded[i] is ';' || (folded[i] == '.' && (i + 1 == folded.Length || folded[i + 1] == ' '))) return i;
        return limit;
    }

    private static string SentenceAround(string folded, int offset)
    {
        var start = Math.Max(0, folded.LastIndexOf(". ", Math.Max(0, offset - 1), StringComparison.Ordinal));
        var end = folded.IndexOf(". ", offset, StringComparison.Ordinal);
        return folded[start..(end < 0 ? folded.Length : end)];
    }

    [GeneratedRegex(@"(?:\b(?<periodic>dinh\s+ky)\s*,?\s*)?\b(?:hang|moi)\s+(?<rule>thang|quy|nam)\b")]
    private static partial Regex Period();

    // "ngày 12" that is not a date: no month follows.
    [GeneratedRegex(@"\bngay\s+(?<day>\d{1,2})\b(?!\s*[/-]\s*\d)(?!\s+thang\s+\d)")]
    private static partial Regex DayWord();

    // "ngày 15/12" in a yearly duty: the day of its month.
    [GeneratedRegex(@"\bngay\s+(?<day>\d{1,2})(?:\s*[/-]\s*\d{1,2}|\s+thang\s+\d{1,2})?\b(?!\s*[/-]\s*\d)")]
    private static partial Regex DayOfYear();

    [GeneratedRegex(@"(?:truoc|cham nhat|vao)\s+ngay\s+(?<day>\d{1,2})(?:\s*[/-]\s*\d{1,2}|\s+thang\s+\d{1,2})?(?!\s*[/-]\s*\d)\s*,?\s*$")]
    private static partial Regex DayBeforePeriod();

    [GeneratedRegex(@"\bbao\s+cao\b")]
    private static partial Regex ReportWord();
}
