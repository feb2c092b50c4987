using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Extraction.Learning.Corpus;
using Extraction.Learning.Features;
using Extraction.Learning.Mentions;
using Extraction.Learning.Models;
using Extraction.Learning.Segmentation;
using Extraction.Pipeline;
using Extraction.Segmentation;

namespace Extraction.Learning.Training;

/// <summary>Training settings: the fold count and the seed that makes a run repeatable; where to
/// write the out-of-fold records (null: nowhere).</summary>
public sealed record TrainingOptions(int Folds = 5, int Seed = 7, string? OutOfFoldRecords = null);

/// <summary>What a training run wrote (its manifest) and the line classifier's fold models, which
/// judge each letter out of fold for a dump checked by eye.</summary>
public sealed record TrainingRun(JsonObject Manifest, CrossValidation Lines);

/// <summary>
/// What `train` does: cross-validates the classifiers by letter family, measures the line
/// classifier's end-to-end effect out of fold, then trains it on every letter and writes its file
/// with a manifest (what data, when, which seed, and the figures). The mention classifiers are
/// cross-validated and reported, not written: on the percentages whose rule cues conflict, the only
/// ones it would judge, the percentage model is not more often right than the rules (the figures
/// are printed and kept in the manifest), and the corpus holds too few dates that are not deadlines.
/// </summary>
public static class ModelTraining
{
    public static TrainingRun Run(IReadOnlyList<TrainingLetter> letters, TrainingOptions options, string output, TextWriter report)
    {
        var lines = CrossValidation.Run(letters, LineZoneExamples.Of, options.Folds, options.Seed);
        lines.Report.Print(report, $"line zones, {options.Folds}-fold cross-validation by letter family");
        report.WriteLine($"as the segmenter's zones (a task heading is body): accuracy {SegmenterZones(lines.Report).Accuracy:0.0000}");
        var percentages = CrossValidation.Run(letters, LetterMentions.PercentExamples, options.Folds, options.Seed, Regularization.SmallData, lines.FoldOf);
        percentages.Report.Print(report, "percentage mentions (target or not), same folds");
        var contested = ContestedPercentages.Measure(letters, percentages);
        contested.Print(report);
        var dates = CrossValidation.Run(letters, LetterMentions.DateExamples, options.Folds, options.Seed, Regularization.SmallData, lines.FoldOf);
        dates.Report.Print(report, "date phrases (deadline, or what else), same folds");

        var effect = EndToEndEffect.Measure(letters, lines.FoldOf, fold => new PipelineOptions
        {
            Segmenter = new ModelSegmenter(new LineZoneModel(lines.Models[fold]), RuleSegmenter.Instance),
        }, options.OutOfFoldRecords);
        EndToEndEffect.Print(report, effect);

        Directory.CreateDirectory(output);
        var files = new JsonObject
        {
            ["lineZones"] = WithZoneAccuracy(Save(letters, LineZoneExamples.Of, options, output, LineZoneModel.FileName, lines.Report), lines.Report),
        };
        var notUsed = new JsonObject
        {
            ["percentMentions"] = new JsonObject
            {
                ["reason"] = "used only where the rules' cues conflict, and there it is not more often right than the rules; cross-validated only, no model file written",
                ["crossValidation"] = JsonSerializer.SerializeToNode(percentages.Report.Summary()),
                ["contested"] = JsonSerializer.SerializeToNode(contested, new JsonSerializerOptions(JsonSerializerDefaults.Web)),
            },
            ["datePhrases"] = new JsonObject
            {
                ["reason"] = "too few date phrases that are not deadlines to learn from; cross-validated only, no model file written",
                ["crossValidation"] = JsonSerializer.SerializeToNode(dates.Report.Summary()),
            },
        };
        var manifest = new JsonObject
        {
            ["trainedAt"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["seed"] = options.Seed,
            ["folds"] = options.Folds,
            ["trainingData"] = new JsonObject
            {
                ["letters"] = letters.Count,
                ["scanned"] = letters.Count(l => l.Scanned),
                ["families"] = letters.Select(l => l.Family).Distinct().Count(),
                ["sha256"] = DataHash(letters),
            },
            ["features"] = $"hashed into 2^{FeatureSet.Bits} slots (FNV-1a)",
            ["trainer"] = "ML.NET LbfgsMaximumEntropy, one thread",
            ["models"] = files,
            ["notUsed"] = notUsed,
            ["endToEndOutOfFold"] = new JsonArray(effect.Select(e => (JsonNode)new JsonObject
            {
                ["letters"] = e.Group, ["count"] = e.Letters, ["rules"] = Math.Round(e.Rules.Score, 4), ["model"] = Math.Round(e.Model.Score, 4),
            }).ToArray()),
        };
        File.WriteAllText(Path.Combine(output, ModelSet.ManifestFile), manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return new TrainingRun(manifest, lines);
    }

    private static JsonObject Save(IReadOnlyList<TrainingLetter> letters, ExamplesOf examplesOf, TrainingOptions options,
        string output, string fileName, ClassificationReport figures)
    {
        var path = Path.Combine(output, fileName);
        var model = LinearClassifier.Train(letters.SelectMany(l => examplesOf(l)), options.Seed);
        model.Save(path);
        return new JsonObject
        {
            ["file"] = fileName,
            ["bytes"] = new FileInfo(path).Length,
            ["classes"] = new JsonArray(model.Classes.Select(c => (JsonNode)c).ToArray()),
            ["crossValidation"] = JsonSerializer.SerializeToNode(figures.Summary()),
        };
    }

    private static JsonObject WithZoneAccuracy(JsonObject model, ClassificationReport lines)
    {
        model["crossValidation"]!["segmenterZoneAccuracy"] = Math.Round(SegmenterZones(lines).Accuracy, 4);
        return model;
    }

    private static ClassificationReport SegmenterZones(ClassificationReport lines) => lines.Mapped(label => LineLabels.ToZone(label).ToString());

    /// <summary>One hash over every letter's files, in id order: the same corpus gives the same hash.</summary>
    private static string DataHash(IReadOnlyList<TrainingLetter> letters) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", letters.Select(l => l.Id + ":" + l.DataHash)))));
}
