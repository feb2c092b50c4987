using Extraction.Fields.Directives;
using Extraction.Learning.Mentions;

namespace Extraction.Learning.Models;

/// <summary>
/// The learned judge of mentions: where the rules' cues about a percentage conflict (a goal word
/// frames the sentence, and the clause reads as a result or a condition), the classifier's verdict
/// is taken when it is confident enough; everywhere else the rules' verdict stands. Date phrases
/// stay with the rules: the corpus has too few that are not deadlines for a model to learn them
/// (docs/learning.md gives the figures).
/// </summary>
public sealed class MentionModels(LinearClassifier percentages, float minimumProbability = 0.8f) : IMentionJudge
{
    public const string PercentFile = "percent-mentions.zip";

    public LinearClassifier Percentages { get; } = percentages;

    public bool IsTarget(PercentMention mention)
    {
        if (!mention.RulesConflict) return mention.RulesSayTarget;
        var verdict = Percentages.Predict(MentionFeatures.Of(mention));
        return verdict.Probability >= minimumProbability ? verdict.Label == LetterMentions.Target : mention.RulesSayTarget;
    }

    public bool IsDeadline(DatePhraseMention mention) => mention.RulesSayDeadline;

    public static MentionModels Load(string folder) => new(LinearClassifier.Load(Path.Combine(folder, PercentFile)));
}
