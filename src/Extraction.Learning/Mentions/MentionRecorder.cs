using Extraction.Fields.Directives;

namespace Extraction.Learning.Mentions;

/// <summary>A judge that keeps the rules' verdicts and remembers every mention it was asked about:
/// how training collects the percentages and date phrases of a letter exactly as the finders see them.</summary>
internal sealed class MentionRecorder : IMentionJudge
{
    public List<PercentMention> Percentages { get; } = [];
    public List<DatePhraseMention> DatePhrases { get; } = [];

    public bool IsTarget(PercentMention mention)
    {
        Percentages.Add(mention);
        return mention.RulesSayTarget;
    }

    public bool IsDeadline(DatePhraseMention mention)
    {
        DatePhrases.Add(mention);
        return mention.RulesSayDeadline;
    }
}
