using Extraction.Learning.Features;
using Extraction.Text;

namespace Extraction.Learning.Models;

/// <summary>The learned line classifier: the zone label of every line of a letter, with its probability.</summary>
public sealed class LineZoneModel(LinearClassifier classifier)
{
    public const string FileName = "line-zones.zip";

    public LinearClassifier Classifier { get; } = classifier;

    public IReadOnlyList<Prediction> Classify(IReadOnlyList<Line> lines) =>
        LineFeatures.Of(lines).Select(Classifier.Predict).ToList();

    public static LineZoneModel Load(string folder) => new(LinearClassifier.Load(Path.Combine(folder, FileName)));
}
