using Extraction.Learning.Features;
using Extraction.Learning.Models;
using Extraction.Learning.Training;
using Microsoft.ML;

namespace Extraction.Learning.Tests;

/// <summary>What ML.NET's prediction engine gives for one example.</summary>
public sealed class ScoredRow
{
    public string PredictedLabel { get; set; } = "";
    public float[] Score { get; set; } = [];
}

/// <summary>Training is repeatable, and the model's own scoring agrees with ML.NET's.</summary>
public sealed class TrainingTests
{
    private static readonly string[] Letters = ["seed-000.txt", "made-kh-modu-412-2025.txt", "made-ct-cchc-03-2024.txt"];

    [Fact]
    public void The_same_letters_and_seed_give_the_same_model()
    {
        var letters = Letters.Select(LearningCorpus.Letter).ToList();
        var first = LinearClassifier.Train(letters.SelectMany(LineZoneExamples.Of), seed: 7);
        var second = LinearClassifier.Train(letters.SelectMany(LineZoneExamples.Of), seed: 7);
        var probe = LearningCorpus.Letter("made-ct-laocai-08-2024.txt");
        foreach (var features in LineFeatures.Of(probe.Rules))
            Assert.Equal(first.Probabilities(features.ToVector()), second.Probabilities(features.ToVector()));
    }

    [Fact]
    public void Scores_read_from_the_weights_are_those_MLNET_computes()
    {
        var path = Path.Combine(LearningCorpus.Models, LineZoneModel.FileName);
        var ours = LinearClassifier.Load(path);
        var context = new MLContext(seed: 0);
        var engine = context.Model.CreatePredictionEngine<FeatureRow, ScoredRow>(context.Model.Load(path, out _));
        var letter = LearningCorpus.Letter("seed-000.txt");
        foreach (var features in LineFeatures.Of(letter.Rules))
        {
            var expected = engine.Predict(new FeatureRow { Features = features.ToVector() });
            var probabilities = ours.Probabilities(features.ToVector());
            for (var c = 0; c < probabilities.Length; c++) Assert.Equal(expected.Score[c], probabilities[c], 4);
            Assert.Equal(expected.PredictedLabel, ours.Predict(features).Label);
        }
    }
}
