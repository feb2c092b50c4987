using System.Text.Json.Nodes;
using Extraction.Fields;
using Extraction.Learning.Segmentation;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Segmentation;

namespace Extraction.Learning.Models;

/// <summary>The trained models of a folder (what `train` wrote: the model files and manifest.json),
/// loaded together, and the pipeline options that use them.</summary>
public sealed class ModelSet(LineZoneModel lineZones, MentionModels mentions, JsonObject manifest, string folder)
{
    public const string ManifestFile = "manifest.json";

    public LineZoneModel LineZones { get; } = lineZones;
    public MentionModels Mentions { get; } = mentions;
    public JsonObject Manifest { get; } = manifest;
    public string Folder { get; } = folder;

    /// <summary>The models of <paramref name="folder"/>, or null with the reason when it holds none.</summary>
    public static ModelSet? Load(string folder, out string? missing)
    {
        var manifest = Path.Combine(folder, ManifestFile);
        string[] files = [manifest, Path.Combine(folder, LineZoneModel.FileName), Path.Combine(folder, MentionModels.PercentFile)];
        missing = files.FirstOrDefault(f => !File.Exists(f));
        if (missing is not null) return null;
        return new ModelSet(LineZoneModel.Load(folder), MentionModels.Load(folder), JsonNode.Parse(File.ReadAllText(manifest))!.AsObject(), folder);
    }

    public PipelineOptions PipelineOptions(LetterReaderOptions reading) => new()
    {
        Reading = reading,
        Segmenter = new ModelSegmenter(LineZones, RuleSegmenter.Instance),
        Extractors = FieldExtractors.WithJudge(Mentions),
    };

    /// <summary>One line for a person: which models, trained when, on what, with what cross-validated accuracy.</summary>
    public string Describe() =>
        $"models from {Folder} (trained {Manifest["trainedAt"]} on {Manifest["trainingData"]?["letters"]} letters; " +
        $"cross-validated accuracy: line zones {Manifest["models"]?["lineZones"]?["crossValidation"]?["accuracy"]}, " +
        $"percentages {Manifest["models"]?["percentMentions"]?["crossValidation"]?["accuracy"]})";
}
