using System.Text.RegularExpressions;
using Extraction.Records;

namespace Extraction.Fields.Directives.Deadlines;

/// <summary>One way a letter writes a deadline: its pattern (on the folded text: lower case, no
/// diacritics), how a match becomes a date, and the relation it states.</summary>
internal sealed record DeadlinePhrase(string Name, Regex Pattern, string Relation, Func<Match, LetterCalendar, DateOnly?> Resolve);

/// <summary>The deadline phrase families, in the order they claim overlapping text.</summary>
internal static partial class DeadlinePhrases
{
    // "15/6/2024", "15-6", "15 tháng 6 năm 2023", "15 tháng 6/2023"
    private const string Date =
        @"(?:(?<d>\d{1,2})\s*[/-]\s*(?<m>\d{1,2})(?:\s*[/-]\s*(?<y>\d{4}))?|(?<d>\d{1,2})\s+thang\s+(?<m>\d{1,2})(?:\s*(?:[/-]\s*|nam\s+)(?<y>\d{4}))?)(?![\d/])";
    // "17 giờ 00", "17h", "16 giờ 30 phút", then an optional weekday: "trước 17 giờ, thứ Sáu, ngày ..."
    private const string Clock = @"(?:\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?\s*,?\s*)?(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)\s*,?\s*)?";
    private const string Year = @"(?:\s*(?:[/-]\s*|\s+nam\s+)(?<y>\d{4}))?";
    // OCR reads the strokes of "II" as "H", or one I as H: "quý HI" and "quý HII" are "quý III".
    private const string Quarter = @"(?<q>iv|iii|ii|i|hii|iih|hi|ih|h|[1-4])(?![\p{L}\d])";

    public static readonly IReadOnlyList<DeadlinePhrase> All =
    [
        new("before-day", BeforeDay(), DeadlineRelations.Before, (m, c) => c.Date(Int(m, "d"), Int(m, "m"), IntOrNull(m, "y"))),
        new("latest-day", LatestDay(), DeadlineRelations.By, (m, c) => c.Date(Int(m, "d"), Int(m, "m"), IntOrNull(m, "y"))),
        new("range-end", RangeEnd(), DeadlineRelations.By, (m, c) => c.Date(Int(m, "d"), Int(m, "m"), IntOrNull(m, "y"))),
        new("until-day", UntilDay(), DeadlineRelations.By, (m, c) => c.Date(Int(m, "d"), Int(m, "m"), IntOrNull(m, "y"))),
        new("in-month", InMonth(), DeadlineRelations.By, (m, c) => c.MonthEnd(Int(m, "m"), IntOrNull(m, "y"))),
        new("in-quarter", InQuarter(), DeadlineRelations.By, (m, c) => c.QuarterEnd(QuarterOf(m), IntOrNull(m, "y"))),
        new("end-of-period", EndOfPeriod(), DeadlineRelations.By, ResolveEndOf),
        new("finish-in-period", FinishInPeriod(), DeadlineRelations.By, ResolveEndOf),
        new("time-limit", TimeLimit(), DeadlineRelations.By, (m, c) => c.Date(Int(m, "d"), Int(m, "m"), IntOrNull(m, "y"))),
        new("within-days-of-signing", WithinDays(), DeadlineRelations.By, ResolveWithinDays),
        new("finish-within-year", FinishWithinYear(), DeadlineRelations.By, (m, c) => c.YearEnd(Int(m, "y"))),
        new("submit-on-day", SubmitOnDay(), DeadlineRelations.On, (m, c) => c.Date(Int(m, "d"), Int(m, "m"), IntOrNull(m, "y"))),
    ];

    private static DateOnly? ResolveEndOf(Match match, LetterCalendar calendar) => match.Groups["unit"].Value switch
    {
        "thang" => calendar.MonthEnd(Int(match, "m"), IntOrNull(match, "y")),
        "quy" => calendar.QuarterEnd(QuarterOf(match), IntOrNull(match, "y")),
        _ => calendar.YearEnd(IntOrNull(match, "y")),
    };

    /// <summary>"trong 30 ngày kể từ ngày ký": only when the issue date is known in full;
    /// working days skip weekends (public holidays are not known here).</summary>
    private static DateOnly? ResolveWithinDays(Match match, LetterCalendar calendar)
    {
        if (calendar.IssuedOn is not { } issued) return null;
        var days = Int(match, "n");
        if (!match.Groups["work"].Success) return issued.AddDays(days);
        var date = issued;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days--;
        }
        return date;
    }

    private static int QuarterOf(Match match) => match.Groups["q"].Value switch
    {
        "i" or "1" => 1, "ii" or "h" or "2" => 2, "iii" or "hii" or "iih" or "hi" or "ih" or "3" => 3, "iv" or "4" => 4, _ => 0,
    };

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value);

    private static int? IntOrNull(Match match, string group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value) : null;

    // "trước ngày 15/6/2024", "trước 16 giờ 00 ngày 20/5", and "trước 30/6/2024" with the day in figures.
    [GeneratedRegex(@"\btruoc\s+(?:" + Clock + @"ngay\s+" + Date + @"|(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})(?:\s*/\s*(?<y>\d{4}))?(?![\d/]))")]
    private static partial Regex BeforeDay();

    // "chậm nhất ngày 30/4/2025", "hoàn thành ngay trong ngày 11/9/2026".
    [GeneratedRegex(@"\b(?:cham nhat|muon nhat|han chot|han cuoi|khong muon hon|tu nay den(?:\s+het)?|ngay trong|hoan thanh trong)(?:\s+(?:la|vao|trong))?\s*,?\s*" + Clock + @"ngay\s+" + Date)]
    private static partial Regex LatestDay();

    // "từ ngày 01/6 đến ngày 15/6/2024": the period's last day.
    [GeneratedRegex(@"\btu\s+ngay\s+\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?\s*(?:den|-|–)\s*(?:het\s+)?(?:ngay\s+)?" + Date)]
    private static partial Regex RangeEnd();

    // "phấn đấu đến ngày 31/12/2025 cấp giấy chứng nhận cho ...": the day the work must be done by.
    [GeneratedRegex(@"\bden\s+(?:het\s+)?ngay\s+" + Date)]
    private static partial Regex UntilDay();

    [GeneratedRegex(@"\btrong\s+thang\s+(?<m>\d{1,2})" + Year + @"(?![\d/])")]
    private static partial Regex InMonth();

    [GeneratedRegex(@"\btrong\s+quy\s+" + Quarter + Year)]
    private static partial Regex InQuarter();

    // "Đến cuối năm 2023", "đến hết năm 2024", "trước cuối quý II/2024".
    [GeneratedRegex(@"\b(?:den|truoc|cham nhat|trong|vao)\s+(?:cuoi|het)\s+(?:(?<unit>thang)\s+(?<m>\d{1,2})" + Year + @"|(?<unit>quy)\s+" + Quarter + Year + @"|(?<unit>nam)(?:\s+(?<y>\d{4})|\s+nay|(?!\s+\p{L})))")]
    private static partial Regex EndOfPeriod();

    // A plan's "Thời gian hoàn thành: Quý III/2026", "hoàn thành tháng 6/2024", a schedule's "Thời hạn: Tháng 4/2026";
    // not a year that names what is measured ("số căn hộ hoàn thành năm 2026 đạt trên 90%").
    [GeneratedRegex(@"\b(?:thoi\s+(?:gian|han)\s+hoan\s+thanh|thoi\s+han(?=\s*:)|hoan\s+thanh(?:\s+xong)?)\s*:?\s*(?:vao\s+|trong\s+)?(?:(?<unit>thang)\s+(?<m>\d{1,2})" + Year + @"(?![\d/])|(?<unit>quy)\s+" + Quarter + Year + @"|(?<unit>nam)\s+(?<y>\d{4})(?!\s*(?:dat|la|chiem)\b))")]
    private static partial Regex FinishInPeriod();

    // "Thời hạn: ngày 30/6/2024", "Thời gian hoàn thành: 30/6/2024".
    [GeneratedRegex(@"\b(?:thoi\s+han|thoi\s+gian\s+hoan\s+thanh)\b[^:.;]{0,40}:\s*(?:ngay\s+)?" + Date)]
    private static partial Regex TimeLimit();

    [GeneratedRegex(@"\btrong\s+(?:vong\s+|thoi\s+han\s+)?(?<n>\d{1,3})\s+ngay(?<work>\s+lam\s+viec)?\s*,?\s*(?:ke\s+)?tu\s+(?:ngay|khi)\s+(?:(?:van ban|cong van|quyet dinh|ke hoach|thong bao|chi thi)\s+nay\s+(?:duoc\s+)?)?(?:ky|ban\s+hanh)")]
    private static partial Regex WithinDays();

    // A goal year frames the work only with "hoàn thành" or "phấn đấu": "hoàn thành ... trong năm 2025",
    // "phấn đấu tháo gỡ dứt điểm ít nhất 70% số dự án có vướng mắc trong năm 2026".
    [GeneratedRegex(@"\b(?:hoan\s+thanh|phan\s+dau)\b[^.;:]{0,80}?\btrong\s+nam\s+(?<y>\d{4})")]
    private static partial Regex FinishWithinYear();

    [GeneratedRegex(@"\b(?:gui|nop|bao cao)\b[^.;:]{0,60}?\bvao\s+ngay\s+" + Date)]
    private static partial Regex SubmitOnDay();
}
