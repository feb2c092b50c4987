using Extraction.Fields.Directives.Targets;

namespace Extraction.Fields.Directives;

/// <summary>A percentage in a paragraph of the body, as the target finder weighed it.</summary>
/// <param name="Folded">The paragraph, folded (lower case, no diacritics).</param>
/// <param name="Start">Where the percentage starts in <paramref name="Folded"/>.</param>
/// <param name="End">Where it ends.</param>
/// <param name="RulesSayTarget">The rules' verdict.</param>
/// <param name="RulesConflict">The rules' cues point both ways: a goal word frames the sentence, and
/// the clause reads as a result or a condition ("phấn đấu ... hiện nay đạt 60%").</param>
public sealed record PercentMention(string Folded, int Start, int End, TargetContext Context, bool RulesSayTarget, bool RulesConflict);

/// <summary>A date phrase in a paragraph that a deadline pattern matched, as the deadline finder weighed it.</summary>
/// <param name="Phrase">The deadline phrase family that matched ("before-day", "in-month", ...).</param>
/// <param name="RulesConflict">The pattern says deadline, and the words before it say the date of an
/// event or the start of a period ("Hội nghị dự kiến ... trước ngày", "từ tháng 3 đến hết tháng 6").</param>
public sealed record DatePhraseMention(string Folded, int Start, int End, string Phrase, bool RulesSayDeadline, bool RulesConflict);

/// <summary>Has the last word on a mention the directive finders weighed: whether a percentage is a
/// target, whether a date phrase is a deadline. The rules' own judge returns their verdict; a learned
/// one may overrule it where the rules conflict.</summary>
public interface IMentionJudge
{
    bool IsTarget(PercentMention mention);
    bool IsDeadline(DatePhraseMention mention);
}

/// <summary>The rules' verdict, always.</summary>
public sealed class RulesJudge : IMentionJudge
{
    public static readonly RulesJudge Instance = new();

    public bool IsTarget(PercentMention mention) => mention.RulesSayTarget;

    public bool IsDeadline(DatePhraseMention mention) => mention.RulesSayDeadline;
}
