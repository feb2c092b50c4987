using Extraction.Learning.Features;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Extraction.Learning.Models;

/// <summary>One example: its hashed features and, in training, its label.</summary>
public sealed class FeatureRow
{
    [VectorType(FeatureSet.Dimension)]
    public VBuffer<float> Features { get; set; }

    public string Label { get; set; } = "";

    /// <summary>How much the example counts in training (1 unless the classes are balanced).</summary>
    public float Weight { get; set; } = 1;
}

/// <summary>How strongly training pulls weights towards zero: L1 keeps the model sparse (small files),
/// L2 keeps it from trusting one feature too much. A few dozen examples want less of both than thousands.</summary>
/// <param name="BalanceClasses">Weigh each class's examples so that every class counts as much in
/// all: with a few dozen mentions, two targets for every other kind would otherwise tilt the model.</param>
public sealed record Regularization(float L1, float L2, bool BalanceClasses = false)
{
    public static readonly Regularization Default = new(0.05f, 0.5f);
    public static readonly Regularization SmallData = new(0f, 0.01f, BalanceClasses: true);
}

/// <summary>A class and how sure the model is of it.</summary>
public readonly record struct Prediction(string Label, float Probability);

/// <summary>
/// A multiclass maximum-entropy (logistic regression) model trained by ML.NET's L-BFGS over hashed
/// sparse features. One thread and a fixed seed make training repeatable. The model is saved and
/// loaded as ML.NET's own file; scoring reads the loaded model's weights and biases and computes the
/// same softmax ML.NET does, over the few features a line has, since a prediction engine call costs
/// more than the arithmetic (figures in docs/learning.md).
/// </summary>
public sealed class LinearClassifier
{
    private readonly MLContext _context;
    private readonly ITransformer _model;
    /// <summary>Weights by feature, then class: the weights of one feature are side by side.</summary>
    private readonly float[] _weights;
    private readonly float[] _biases;

    private LinearClassifier(MLContext context, ITransformer model)
    {
        _context = context;
        _model = model;
        var schema = model.GetOutputSchema(context.Data.LoadFromEnumerable(Array.Empty<FeatureRow>()).Schema);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        schema["Score"].GetSlotNames(ref names);
        Classes = names.DenseValues().Select(n => n.ToString()).ToArray();
        var parameters = ((IEnumerable<ITransformer>)model).OfType<IPredictionTransformer<LinearMulticlassModelParametersBase>>().Single().Model;
        var byClass = Array.Empty<VBuffer<float>>();
        parameters.GetWeights(ref byClass, out var classes);
        _biases = parameters.GetBiases().ToArray();
        _weights = new float[FeatureSet.Dimension * classes];
        for (var c = 0; c < classes; c++)
            foreach (var (index, weight) in byClass[c].Items()) _weights[index * classes + c] = weight;
    }

    /// <summary>The classes, in the order of ML.NET's Score column (and of <see cref="Probabilities"/>).</summary>
    public IReadOnlyList<string> Classes { get; }

    public static LinearClassifier Train(IEnumerable<FeatureRow> examples, int seed, Regularization? regularization = null)
    {
        var strength = regularization ?? Regularization.Default;
        var context = new MLContext(seed);
        var rows = examples.ToList();
        if (strength.BalanceClasses)
        {
            var counts = rows.GroupBy(r => r.Label).ToDictionary(g => g.Key, g => g.Count());
            foreach (var row in rows) row.Weight = (float)rows.Count / (counts.Count * counts[row.Label]);
        }
        var data = context.Data.LoadFromEnumerable(rows);
        var trainer = context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L1Regularization = strength.L1,
            L2Regularization = strength.L2,
            NumberOfThreads = 1,
            ExampleWeightColumnName = nameof(FeatureRow.Weight),
            MaximumNumberOfIterations = 100,
            OptimizationTolerance = 1e-5f,
        });
        var pipeline = context.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(trainer)
            .Append(context.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return new LinearClassifier(context, pipeline.Fit(data));
    }

    public static LinearClassifier Load(string path)
    {
        var context = new MLContext(seed: 0);
        var model = context.Model.Load(path, out _);
        return new LinearClassifier(context, model);
    }

    public void Save(string path)
    {
        var schema = _context.Data.LoadFromEnumerable(Array.Empty<FeatureRow>()).Schema;
        _context.Model.Save(_model, schema, path);
    }

    /// <summary>The most probable class of an example, scored straight from its feature list (a feature
    /// seen twice adds its weights twice, as its count would in the vector).</summary>
    public Prediction Predict(FeatureSet features)
    {
        var classes = _biases.Length;
        var scores = (float[])_biases.Clone();
        foreach (var index in features.Indices)
        {
            var row = index * classes;
            for (var c = 0; c < classes; c++) scores[c] += _weights[row + c];
        }
        return Best(Softmax(scores));
    }

    public Prediction Predict(VBuffer<float> features) => Best(Probabilities(features));

    private Prediction Best(float[] probabilities)
    {
        var best = 0;
        for (var i = 1; i < probabilities.Length; i++) if (probabilities[i] > probabilities[best]) best = i;
        return new Prediction(Classes[best], probabilities[best]);
    }

    /// <summary>The probability of every class, in the order of <see cref="Classes"/>.</summary>
    public float[] Probabilities(VBuffer<float> features)
    {
        var classes = _biases.Length;
        var scores = (float[])_biases.Clone();
        var indices = features.GetIndices();
        var values = features.GetValues();
        for (var k = 0; k < values.Length; k++)
        {
            var row = (features.IsDense ? k : indices[k]) * classes;
            for (var c = 0; c < classes; c++) scores[c] += values[k] * _weights[row + c];
        }
        return Softmax(scores);
    }

    private static float[] Softmax(float[] scores)
    {
        var max = scores.Max();
        var sum = 0f;
        for (var c = 0; c < scores.Length; c++) sum += scores[c] = MathF.Exp(scores[c] - max);
        for (var c = 0; c < scores.Length; c++) scores[c] /= sum;
        return scores;
    }
}
