using Extraction.Reading.Ocr.Handwriting;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Extraction.Learning.Digits;

/// <summary>
/// Trains the handwritten-digit model: ML.NET's L-BFGS multinomial logistic regression over
/// <see cref="DigitFeatures"/>, one thread and a fixed seed so the same digits give the same model.
/// The weights are taken out of ML.NET's model into a <see cref="LinearDigitModel"/>, which the OCR
/// stage scores without ML.NET.
/// </summary>
public static class DigitModelTraining
{
    private sealed class DigitRow
    {
        [VectorType(DigitFeatures.Count)]
        public float[] Features { get; set; } = [];
        public uint Label { get; set; }
    }

    /// <summary>L2 weight decay: measured on MNIST, 1e-4 to 1e-3 give the same test accuracy; less overfits the pixels' noise.</summary>
    public const float L2Regularization = 1e-4f;

    public static LinearDigitModel Train(DigitSet training, DigitSet test, string trainingData, string fingerprint, int seed = 7)
    {
        var context = new MLContext(seed);
        var rows = training.Fields.Select((field, i) => new DigitRow { Features = DigitFeatures.Of(field), Label = (uint)training.Labels[i] });
        var data = context.Data.LoadFromEnumerable(rows);
        var trainer = context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L2Regularization = L2Regularization,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 300,
        });
        var pipeline = context.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(trainer);
        var model = pipeline.Fit(data);

        var parameters = ((IEnumerable<ITransformer>)model).OfType<IPredictionTransformer<LinearMulticlassModelParametersBase>>().Single().Model;
        var byClass = Array.Empty<VBuffer<float>>();
        parameters.GetWeights(ref byClass, out var classes);
        if (classes != 10) throw new InvalidDataException($"The training digits hold {classes} classes, not the 10 digits.");
        // Keys are ordered by value (0..9), so the model's class k is the digit k.
        var weights = new float[10 * DigitFeatures.Count];
        for (var digit = 0; digit < 10; digit++)
            foreach (var (index, weight) in byClass[digit].Items()) weights[digit * DigitFeatures.Count + index] = weight;
        var biases = parameters.GetBiases().ToArray();

        var untested = new LinearDigitModel(weights, biases, Facts(trainingData, fingerprint, training.Fields.Count, 0, 0));
        var accuracy = Accuracy(untested, test);
        return new LinearDigitModel(weights, biases, Facts(trainingData, fingerprint, training.Fields.Count, test.Fields.Count, accuracy));
    }

    public static double Accuracy(IDigitClassifier model, DigitSet digits)
    {
        var right = 0;
        for (var i = 0; i < digits.Fields.Count; i++)
        {
            var probabilities = model.Probabilities((float[])digits.Fields[i]);
            if (Array.IndexOf(probabilities, probabilities.Max()) == digits.Labels[i]) right++;
        }
        return digits.Fields.Count == 0 ? 0 : (double)right / digits.Fields.Count;
    }

    private static DigitModelFacts Facts(string trainingData, string fingerprint, int trainingDigits, int testDigits, double accuracy) =>
        new(DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"), trainingData, fingerprint, trainingDigits,
            $"ML.NET LbfgsMaximumEntropy, L2 {L2Regularization}, one thread", testDigits, Math.Round(accuracy, 4));
}
