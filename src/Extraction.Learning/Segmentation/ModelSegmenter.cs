using Extraction.Learning.Models;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Learning.Segmentation;

/// <summary>
/// The rule segmenter, with the learned line classifier deciding where the rules contradict
/// themselves (<see cref="RuleConflicts"/>): in an OCR'd page, a body sentence with a date in it
/// taken for a second place-date line; a subject that starts like a sentence taken for the body.
/// On those lines the model's zone is taken when it is confident enough. Elsewhere the rules stand:
/// measured out of fold, the model overruling them anywhere else lost more fields than it won
/// (docs/learning.md). Each line records which of the two decided it.
/// </summary>
public sealed class ModelSegmenter(LineZoneModel model, ISegmenter rules, ModelSegmenterOptions? options = null) : ISegmenter
{
    public const string Decider = "model";
    private readonly ModelSegmenterOptions _options = options ?? new ModelSegmenterOptions();

    public SegmentedLetter Segment(LetterText text)
    {
        var ruled = rules.Segment(text);
        var conflicts = new RuleConflicts(ruled.Zones);
        if (!conflicts.Any) return ruled;
        var predictions = model.Classify(ruled, conflicts);
        var zones = ruled.Zones.ToArray();
        var deciders = new string[zones.Length];
        Array.Fill(deciders, "rules");
        var changed = false;
        foreach (var i in conflicts.Contested)
        {
            var proposed = LineLabels.ToZone(predictions[i].Label);
            if (proposed == zones[i] || predictions[i].Probability < _options.MinimumProbability) continue;
            zones[i] = proposed;
            deciders[i] = Decider;
            changed = true;
        }
        // The subject is the run of lines under the title the model reads as subject, up to the first it does not.
        foreach (var i in conflicts.UnderSubjectlessTitle)
        {
            if (predictions[i].Label != LineLabels.Of(Zone.Subject) || predictions[i].Probability < _options.MinimumProbability) break;
            zones[i] = Zone.Subject;
            deciders[i] = Decider;
            changed = true;
        }
        return changed ? new SegmentedLetter(ruled.Lines, zones, Decider, ruled.Lines.Select(ruled.Folded).ToArray(), deciders) : ruled;
    }
}

/// <summary>How confident the model must be to overrule the rules on a contested line.</summary>
public sealed class ModelSegmenterOptions
{
    public float MinimumProbability { get; init; } = 0.8f;
}
