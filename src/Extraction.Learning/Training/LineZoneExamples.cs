using Extraction.Segmentation;
using Extraction.Learning.Corpus;
using Extraction.Learning.Features;
using Extraction.Learning.Models;

namespace Extraction.Learning.Training;

/// <summary>A letter's lines as training examples for the zone classifier: features of each line
/// as the segmenter splits it, labelled by the gold alignment. Annex lines are left out: one
/// corpus letter has an annex, too few to learn from, so annexes stay with the rules.</summary>
public static class LineZoneExamples
{
    public static IEnumerable<FeatureRow> Of(TrainingLetter letter) =>
        LineFeatures.Of(letter.Rules)
            .Select((features, i) => new FeatureRow { Features = features.ToVector(), Label = letter.Labels[i] })
            .Where(row => row.Label != LineLabels.Of(Zone.Annex));
}
