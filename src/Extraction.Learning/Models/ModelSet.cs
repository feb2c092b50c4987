using System.Text.Json.Nodes;
using Extraction.Learning.Segmentation;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Segmentation;

namespace Extraction.Learning.Models;

/// <summary>The trained models of a folder (what `train` wrote: the model file and manifest.json),
/// loaded together, and the pipeline options that use them. Only the line classifier is used at run
/// time: the mention classifiers are cross-validated and reported, never written (docs/learning.md).</summary>
public sealed class ModelSet(LineZoneModel lineZones, JsonObject manifest, string folder)
{
    public const string ManifestFile = "manifest.json";

    public LineZoneModel LineZones { get; } = lineZones;
    public JsonObject Manifest { get; } = manifest;
    public string Folder { get; } = folder;

    /// <summary>The models of <paramref name="folder"/>, or null with the reason when it holds none.</summary>
    public static ModelSet? Load(string folder, out string? missing)
    {
        var manifest = Path.Combine(folder, ManifestFile);
        string[] files = [manifest, Path.Combine(folder, LineZoneModel.FileName)];
        missing = files.FirstOrDefault(f => !File.Exists(f));
        if (missing is not null) return null;
        return new ModelSet(LineZoneModel.Load(folder), JsonNode.Parse(File.ReadAllText(manifest))!.AsObject(), folder);
    }

    public PipelineOptions PipelineOptions(LetterReaderOptions reading) => new()
    {
        Reading = reading,
        Segmenter = new ModelSegmenter(LineZones, RuleSegmenter.Instance),
    };

    /// <summary>One line for a person: which models, trained when, on what, with what cross-validated accuracy.</summary>
    public string Describe() =>
        $"models from {Folder} (trained {Manifest["trainedAt"]} on {Manifest["trainingData"]?["letters"]} letters; " +
        $"line zones cross-validated accuracy {Manifest["models"]?["lineZones"]?["crossValidation"]?["accuracy"]})";
}
