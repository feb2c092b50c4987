using Extraction.Learning.Features;
using Extraction.Learning.Segmentation;
using Extraction.Segmentation;

namespace Extraction.Learning.Models;

/// <summary>The learned line classifier: the zone label of every line of a letter the rules have
/// segmented, with its probability.</summary>
public sealed class LineZoneModel(LinearClassifier classifier)
{
    public const string FileName = "line-zones.zip";

    public LinearClassifier Classifier { get; } = classifier;

    public IReadOnlyList<Prediction> Classify(SegmentedLetter ruled) => LineFeatures.Of(ruled).Select(Classifier.Predict).ToList();

    public IReadOnlyList<Prediction> Classify(SegmentedLetter ruled, RuleConflicts conflicts) =>
        LineFeatures.Of(ruled, conflicts).Select(Classifier.Predict).ToList();

    public static LineZoneModel Load(string folder) => new(LinearClassifier.Load(Path.Combine(folder, FileName)));
}
