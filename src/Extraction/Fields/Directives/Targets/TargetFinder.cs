using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Fields.Directives.Outline;
using Extraction.Records;
using Extraction.Text;

namespace Extraction.Fields.Directives.Targets;

/// <summary>A percentage target found in a paragraph.</summary>
public sealed record FoundTarget(Paragraph Paragraph, int Start, Target Target);

/// <summary>Where a paragraph stands, as far as its percentages are concerned.</summary>
public enum TargetContext
{
    /// <summary>An item of a letter that gives work, or under a goal heading: every percentage is a goal.</summary>
    Directive,
    /// <summary>The lead-in or closing of such a letter, or an item that gives no work: a goal word
    /// before the percentage must frame it.</summary>
    Framed,
    /// <summary>A report, a submission, or a section on results: only "phấn đấu", "chỉ tiêu",
    /// "mục tiêu" make a goal ("ngân sách xã bảo đảm khoảng 10%" is a share, not a goal).</summary>
    Report,
}

/// <summary>Finds the percentages a letter sets as goals (see <see cref="TargetContext"/>); a
/// percentage is not a goal when it reports a result ("chiếm khoảng 5,3%", "đã đạt 95%",
/// "tương ứng 16,8%") or states a condition ("có tỷ lệ ... chưa đạt 100%").</summary>
public sealed partial class TargetFinder(IMentionJudge judge)
{
    public static readonly TargetFinder Instance = new(RulesJudge.Instance);

    public IReadOnlyList<FoundTarget> Find(Paragraph paragraph, TargetContext context)
    {
        var text = paragraph.Content;
        var folded = paragraph.Folded.Folded;
        var found = new List<FoundTarget>();
        var floor = 0;
        var sentences = Sentences.Spans(text);
        Shared? previous = null;
        foreach (Match percent in Percent().Matches(folded))
        {
            var sentence = sentences.First(s => percent.Index >= s.Start && percent.Index < s.End);
            if (sentence.Start > floor) previous = null;
            floor = Math.Max(floor, sentence.Start);
            var reading = TargetComparators.Read(folded, percent.Index, percent.Index + percent.Length);
            // "tối thiểu 60% đối với cấp huyện và 40% đối với cấp xã": the second shares the first's words.
            var shares = previous is not null && reading.LeadStart == percent.Index && Joint().IsMatch(folded[floor..percent.Index]);
            if (shares) reading = reading with { Kind = previous!.Reading.Kind, Comparator = previous.Reading.Comparator };
            var clauseStart = Math.Max(floor, ClauseStart(folded, reading.LeadStart, floor));
            var clause = folded[clauseStart..percent.Index];
            // A goal word frames what follows it: "vượt chỉ tiêu", "đạt 100% chỉ tiêu giao quân" report results.
            var leadUp = folded[sentence.Start..percent.Index];
            var framed = context switch
            {
                TargetContext.Directive => true,
                TargetContext.Framed => GoalWords().IsMatch(leadUp) && !ExceededGoal().IsMatch(leadUp),
                _ => StrongGoalWords().IsMatch(leadUp) && !ExceededGoal().IsMatch(leadUp),
            };
            var reportOrCondition = ReportOrCondition().IsMatch(clause) || PastReport().IsMatch(clause)
                || clauseStart > 0 && folded[clauseStart - 1] == '(' && BracketedPastFigure().IsMatch(clause);
            var mention = new PercentMention(folded, percent.Index, percent.Index + percent.Length, context,
                framed && !reportOrCondition, reportOrCondition && GoalWords().IsMatch(leadUp));
            if (!judge.IsTarget(mention))
            {
                floor = percent.Index + percent.Length;
                continue;
            }
            var end = percent.Index + percent.Length;
            var upwards = TrailingBound().Match(folded, end);
            if (upwards.Success && upwards.Index == end) end += upwards.Length;
            var cut = TargetMetric.Read(paragraph.Folded, floor, reading.LeadStart, end, reading.SaysRate);
            var metric = shares && cut.Qualified && previous!.Cut.Subject.Length > 0 ? previous.Cut.Subject + " " + cut.Metric : cut.Metric;
            var target = new Target
            {
                Kind = reading.Kind,
                Comparator = reading.Comparator,
                Value = double.Parse(percent.Groups["v"].Value.Replace(',', '.'), CultureInfo.InvariantCulture),
                Unit = "%",
                Metric = metric,
                Text = text[sentence.Start..sentence.End].Trim().TrimEndChars(";,").Trim(),
            };
            found.Add(new FoundTarget(paragraph, percent.Index, target));
            previous = shares ? previous : new Shared(reading, cut);
            floor = cut.End;
        }
        return found;
    }

    /// <summary>A heading that announces goals ("II. CHỈ TIÊU", "Điều 1. Phê duyệt chỉ tiêu ..."), folded.</summary>
    public static bool FramesGoals(string foldedHeading) => StrongGoalWords().IsMatch(foldedHeading);

    private sealed record Shared(TargetComparators.Reading Reading, TargetMetric.Cut Cut);

    private static int ClauseStart(string folded, int position, int floor)
    {
        for (var i = position - 1; i > floor; i--)
            if (folded[i] is ';' or ',' or '(' or ':') return i + 1;
        return floor;
    }

    [GeneratedRegex(@"(?<![\d.,])(?<v>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|phan tram\b)")]
    private static partial Regex Percent();

    // Only a joint between two percentages: ", ", " và ", ", và ".
    [GeneratedRegex(@"^\s*,?\s*(?:va\s*)?$")]
    private static partial Regex Joint();

    [GeneratedRegex(@"\G\s*(?:tro\s+len|tro\s+xuong)\b")]
    private static partial Regex TrailingBound();

    [GeneratedRegex(@"\b(?:phan dau|chi tieu|muc tieu|dam bao|bao dam|duy tri|yeu cau|phai dat|toi thieu|it nhat|toi da|khong qua|khong thap hon)\b")]
    private static partial Regex GoalWords();

    [GeneratedRegex(@"\b(?:phan dau|chi tieu|muc tieu)\b")]
    private static partial Regex StrongGoalWords();

    // "không thấp hơn 92% (năm 2025 đạt 86,7%)", "(năm 2025 ước đạt 46,9%)": last year's figure beside the goal.
    [GeneratedRegex(@"^\s*(?:nam\s+\d{4}|nam\s+truoc|cung\s+ky(?:\s+nam\s+(?:\d{4}|truoc))?)\s*(?:uoc(?:\s+tinh)?\s*)?(?:dat|la|:)?\s*$")]
    private static partial Regex BracketedPastFigure();

    // "đạt 72,4%, vượt chỉ tiêu Nghị quyết ... giao (70%)": the goal is named to say it was passed.
    [GeneratedRegex(@"\bvuot\s+(?:chi tieu|muc tieu|ke hoach)\b")]
    private static partial Regex ExceededGoal();

    // A result or a condition, in the clause that leads to the number.
    [GeneratedRegex(@"\b(?:chiem|da dat|dat duoc|chua dat|(?<!thon |doi )moi (?:dat|giai ngan|thuc hien|hoan thanh)|(?<!chung )chi dat|hien nay|hien co|so voi cung ky|co ty le|co ti le|neu|truong hop|ket qua|tuong ung)\b")]
    private static partial Regex ReportOrCondition();

    [GeneratedRegex(@"\b(?:da|dat duoc)\s+(?:dat|tang|giam)\b|\bnam\s+(?:qua|truoc)\b")]
    private static partial Regex PastReport();
}
