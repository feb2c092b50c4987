using Extraction.Learning.Models;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Learning.Segmentation;

/// <summary>
/// The rule segmenter, with the learned line classifier deciding where the rules contradict
/// themselves. Two contradictions are known: a zone a letter has once (its number, place and date,
/// title, urgency, signer's name) given to several lines — in an OCR'd page, a body sentence with a
/// date in it taken for the place-date line; and a type title with no subject under it — a subject
/// that starts like a sentence ("KẾ HOẠCH / Thực hiện công tác ...") taken for the body. On those
/// lines the model's zone is taken when it is confident enough. Elsewhere the rules stand: measured
/// out of fold, the model overruling them anywhere else lost more fields than it won
/// (docs/learning.md). Each line records which of the two decided it.
/// </summary>
public sealed class ModelSegmenter(LineZoneModel model, ISegmenter rules, ModelSegmenterOptions? options = null) : ISegmenter
{
    public const string Decider = "model";
    private static readonly Zone[] OncePerLetter = [Zone.Number, Zone.PlaceDate, Zone.Title, Zone.Urgency, Zone.SignerName];
    private readonly ModelSegmenterOptions _options = options ?? new ModelSegmenterOptions();

    public SegmentedLetter Segment(LetterText text)
    {
        var ruled = rules.Segment(text);
        var contested = Contested(ruled.Zones);
        var underTitle = LinesUnderSubjectlessTitle(ruled.Zones);
        if (contested.Count == 0 && underTitle.Count == 0) return ruled;
        var predictions = model.Classify(ruled.Lines);
        var zones = ruled.Zones.ToArray();
        var deciders = new string[zones.Length];
        Array.Fill(deciders, "rules");
        var changed = false;
        foreach (var i in contested)
        {
            var proposed = LineLabels.ToZone(predictions[i].Label);
            if (proposed == zones[i] || predictions[i].Probability < _options.MinimumProbability) continue;
            zones[i] = proposed;
            deciders[i] = Decider;
            changed = true;
        }
        // The subject is the run of lines under the title the model reads as subject, up to the first it does not.
        foreach (var i in underTitle)
        {
            if (predictions[i].Label != LineLabels.Of(Zone.Subject) || predictions[i].Probability < _options.MinimumProbability) break;
            zones[i] = Zone.Subject;
            deciders[i] = Decider;
            changed = true;
        }
        return changed ? new SegmentedLetter(ruled.Lines, zones, Decider, ruled.Lines.Select(ruled.Folded).ToArray(), deciders) : ruled;
    }

    /// <summary>The few body lines right under a title when the rules found no subject at all.</summary>
    private static List<int> LinesUnderSubjectlessTitle(IReadOnlyList<Zone> zones)
    {
        var title = zones.ToList().IndexOf(Zone.Title);
        if (title < 0 || zones.Contains(Zone.Subject)) return [];
        return Enumerable.Range(title + 1, Math.Min(3, zones.Count - title - 1)).TakeWhile(i => zones[i] == Zone.Body).ToList();
    }

    /// <summary>The lines of every once-per-letter zone the rules gave to more than one line.</summary>
    private static List<int> Contested(IReadOnlyList<Zone> zones) =>
        OncePerLetter.Select(zone => Enumerable.Range(0, zones.Count).Where(i => zones[i] == zone).ToList())
            .Where(lines => lines.Count > 1).SelectMany(lines => lines).Order().ToList();
}

/// <summary>How confident the model must be to overrule the rules on a contested line.</summary>
public sealed class ModelSegmenterOptions
{
    public float MinimumProbability { get; init; } = 0.8f;
}
