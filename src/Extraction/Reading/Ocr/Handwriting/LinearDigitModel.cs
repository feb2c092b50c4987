using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extraction.Reading.Ocr.Handwriting;

/// <summary>
/// The handwritten-digit model: a softmax over <see cref="DigitFeatures"/> (multinomial logistic
/// regression, trained by ML.NET's L-BFGS on the MNIST digits: `extraction train-digits`). Scoring is
/// the arithmetic ML.NET does, written here so the OCR stage needs no ML library. The trained file,
/// models/handwritten-digits.json, is built into this assembly, so every host reads handwriting
/// offline without locating a models folder.
/// </summary>
public sealed class LinearDigitModel : IDigitClassifier
{
    public const string FileName = "handwritten-digits.json";
    private const int Digits = 10;

    private readonly float[] weights;   // by class, then feature
    private readonly float[] biases;

    public LinearDigitModel(float[] weights, float[] biases, DigitModelFacts facts)
    {
        if (weights.Length != Digits * DigitFeatures.Count || biases.Length != Digits)
            throw new ArgumentException($"A digit model has {Digits} × {DigitFeatures.Count} weights and {Digits} biases.");
        this.weights = weights;
        this.biases = biases;
        Facts = facts;
    }

    /// <summary>How the model was trained and how it scored.</summary>
    public DigitModelFacts Facts { get; }

    private static readonly Lazy<LinearDigitModel?> BuiltInModel = new(() =>
    {
        using var stream = typeof(LinearDigitModel).Assembly.GetManifestResourceStream(FileName);
        return stream is null ? null : Read(stream);
    });

    /// <summary>The model built into the library; null in a build made without models/handwritten-digits.json.</summary>
    public static LinearDigitModel? BuiltIn => BuiltInModel.Value;

    public float[] Probabilities(float[] field)
    {
        var features = DigitFeatures.Of(field);
        var scores = new float[Digits];
        for (var digit = 0; digit < Digits; digit++)
        {
            var row = weights.AsSpan(digit * DigitFeatures.Count, DigitFeatures.Count);
            var sum = biases[digit];
            for (var i = 0; i < features.Length; i++) sum += row[i] * features[i];
            scores[digit] = sum;
        }
        var max = scores.Max();
        var total = 0f;
        for (var digit = 0; digit < Digits; digit++) total += scores[digit] = MathF.Exp(scores[digit] - max);
        for (var digit = 0; digit < Digits; digit++) scores[digit] /= total;
        return scores;
    }

    public static LinearDigitModel Read(Stream stream)
    {
        var file = JsonSerializer.Deserialize<ModelFile>(stream, Json) ?? throw new InvalidDataException("The digit model file is empty.");
        if (file.Features != FeatureName)
            throw new InvalidDataException($"The digit model was trained on '{file.Features}' features; this build computes '{FeatureName}'. Retrain it with `extraction train-digits`.");
        return new LinearDigitModel(FromBase64(file.Weights), FromBase64(file.Biases), file.Facts);
    }

    public void Write(Stream stream) =>
        JsonSerializer.Serialize(stream, new ModelFile(FeatureName, Facts, ToBase64(weights), ToBase64(biases)), Json);

    // Names the feature layout, so a model trained on other features is refused rather than misread.
    private const string FeatureName = "hog 28x28, 4x4-pixel cells, 9 orientations, 2x2 blocks L2 clipped 0.2";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed record ModelFile(string Features, DigitModelFacts Facts, string Weights, string Biases);

    // Little-endian 32-bit floats, whatever the machine.
    private static string ToBase64(float[] values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++) BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        return Convert.ToBase64String(bytes);
    }

    private static float[] FromBase64(string text)
    {
        var bytes = Convert.FromBase64String(text);
        var values = new float[bytes.Length / sizeof(float)];
        for (var i = 0; i < values.Length; i++) values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
        return values;
    }
}

/// <summary>What a digit model file says of itself: when and on what it was trained, and its accuracy
/// on digits it did not learn from.</summary>
public sealed record DigitModelFacts(string TrainedAt, string TrainingData, string TrainingDataSha256, int TrainingDigits,
    string Trainer, int TestDigits, double TestAccuracy);
