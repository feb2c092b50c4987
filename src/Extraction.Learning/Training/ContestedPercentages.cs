using Extraction.Learning.Corpus;
using Extraction.Learning.Mentions;

namespace Extraction.Learning.Training;

/// <summary>
/// The only percentages a learned judge would be asked about are those whose rule cues conflict.
/// On those, how often the rules' verdict and the out-of-fold model's agree with gold: what decides
/// whether the percentage model earns a place at run time.
/// </summary>
public sealed record ContestedPercentages(int Count, int RulesRight, int ModelRight)
{
    public static ContestedPercentages Measure(IReadOnlyList<TrainingLetter> letters, CrossValidation percentages)
    {
        int count = 0, rules = 0, model = 0;
        for (var i = 0; i < letters.Count; i++)
            foreach (var m in LetterMentions.Of(letters[i]).Percentages.Where(m => m.Mention.RulesConflict))
            {
                count++;
                if ((m.Mention.RulesSayTarget ? LetterMentions.Target : LetterMentions.NotTarget) == m.Label) rules++;
                if (percentages.Models[percentages.FoldOf[i]].Predict(MentionFeatures.Of(m.Mention)).Label == m.Label) model++;
            }
        return new ContestedPercentages(count, rules, model);
    }

    public void Print(TextWriter output) =>
        output.WriteLine($"percentages whose rule cues conflict: {Count}; right by the rules {RulesRight}, by the out-of-fold model {ModelRight}");
}
