using System.Text.RegularExpressions;
using Extraction.Fields.Directives.Outline;

namespace Extraction.Fields.Directives.Deadlines;

/// <summary>A dated deadline found in a paragraph: where, the phrase as written, its date and relation.</summary>
public sealed record FoundDeadline(Paragraph Paragraph, int Start, string Text, DateOnly Date, string Relation);

/// <summary>Finds the dated deadlines of a paragraph (see <see cref="DeadlinePhrases"/>). Left out:
/// the planned dates of meetings and sessions ("dự kiến tháng 3/2025", "Hội nghị diễn ra ..."),
/// day-months that repeat ("trước ngày 15/12 hằng năm" is a recurring duty), and dates before the
/// letter was issued, which report the past.</summary>
public sealed partial class DeadlineFinder(IMentionJudge judge)
{
    public static readonly DeadlineFinder Instance = new(RulesJudge.Instance);

    public IReadOnlyList<FoundDeadline> Find(Paragraph paragraph, LetterCalendar calendar)
    {
        var folded = paragraph.Folded.Folded;
        var claimed = new List<(int Start, int End)>();
        var found = new List<FoundDeadline>();
        foreach (var phrase in DeadlinePhrases.All)
        {
            foreach (Match match in phrase.Pattern.Matches(folded))
            {
                if (claimed.Any(c => match.Index < c.End && c.Start < match.Index + match.Length)) continue;
                if (Repeats(folded, match.Index + match.Length)) continue;
                var context = InDirectiveContext(folded, match, phrase);
                if (!judge.IsDeadline(new DatePhraseMention(folded, match.Index, match.Index + match.Length, phrase.Name,
                        context == DateContext.Directive, context == DateContext.EventOrPeriod))) continue;
                if (phrase.Resolve(match, calendar) is not { } date) continue;
                if (calendar.EarliestIssue is { } issued && date < issued) continue;
                claimed.Add((match.Index, match.Index + match.Length));
                var text = paragraph.Content.Substring(match.Index, match.Length);
                found.Add(new FoundDeadline(paragraph, match.Index, text, date, phrase.Relation));
            }
        }
        return found.OrderBy(f => f.Start).ToList();
    }

    private enum DateContext { Directive, EventOrPeriod, NoSubmission }

    /// <summary>Whether the words before a date phrase make it a directive: the dates of events and
    /// sessions and the start of a period are not; a range needs a verb of handing in or finishing
    /// before it ("gửi ... từ ngày 01/6 đến ngày 15/6").</summary>
    private static DateContext InDirectiveContext(string folded, Match match, DeadlinePhrase phrase)
    {
        var sentenceStart = SentenceStart(folded, match.Index);
        var before = folded[sentenceStart..match.Index];
        if (EventWords().IsMatch(before)) return DateContext.EventOrPeriod;
        // "từ tháng 3 đến hết tháng 6/2024" is the period of an activity, not when it is due.
        if (phrase.Name is "end-of-period" or "until-day" && PeriodStart().IsMatch(before)) return DateContext.EventOrPeriod;
        // A cut-off ("tính đến ngày") or a validity ("có hiệu lực đến ngày") bounds a period too.
        if (phrase.Name == "until-day" && NotUntil().IsMatch(before)) return DateContext.EventOrPeriod;
        return phrase.Name != "range-end" || (SubmitWords().IsMatch(before) && !ActivityWords().IsMatch(before))
            ? DateContext.Directive : DateContext.NoSubmission;
    }

    private static bool Repeats(string folded, int end) => RepeatsAfter().IsMatch(folded.AsSpan(end));

    private static int SentenceStart(string folded, int offset)
    {
        var limit = Math.Max(0, offset - 160);
        for (var i = offset - 1; i > limit; i--)
            if (folded[i] is '.' or ';' && i + 1 < folded.Length && folded[i + 1] == ' ') return i + 1;
        return limit;
    }

    [GeneratedRegex(@"\bdu kien\b|\bky hop\b|\bdien ra\b|\bkhai mac\b|\bthoi gian to chuc\b")]
    private static partial Regex EventWords();

    // "từ ngày 10/6 đến ...", "từ đêm 19/9 đến hết ngày 21/9/2024", "từ chiều ngày 07/11 đến hết ngày 09/11/2026".
    [GeneratedRegex(@"\btu\s+(?:(?:sang|trua|chieu|toi|dem)\s+(?:ngay\s+)?|(?:ngay|thang|quy|nam)\s+)[\divx]+[^,;.]{0,20}$")]
    private static partial Regex PeriodStart();

    [GeneratedRegex(@"\b(?:gui|nop|bao cao|hoan thanh|dang ky|cap nhat|tong hop|ra soat|xong)\b")]
    private static partial Regex SubmitWords();

    // What is held, or received ("Thời gian nhận hồ sơ: từ ngày 02/6 đến ngày 06/6/2025"), over a period.
    [GeneratedRegex(@"\b(?:hoi nghi|hoi thao|tap huan|to chuc|le|giai|cuoc thi|trien lam|nhan ho so|tiep nhan)\b")]
    private static partial Regex ActivityWords();

    // "số liệu tính đến ngày 30/6" is a cut-off, "có hiệu lực/được áp dụng đến ngày" a validity: neither is when work is due.
    [GeneratedRegex(@"\btinh\s*$|\bhieu luc\b|\bap dung\b")]
    private static partial Regex NotUntil();

    [GeneratedRegex(@"^\s*,?\s*(?:hang|moi)\s+(?:nam|thang|quy|tuan)\b")]
    private static partial Regex RepeatsAfter();
}
