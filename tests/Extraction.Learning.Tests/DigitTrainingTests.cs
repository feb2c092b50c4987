using Extraction.Learning.Digits;

namespace Extraction.Learning.Tests;

/// <summary>The digit trainer and the MNIST reader, on small digits made in the test.</summary>
public sealed class DigitTrainingTests
{
    [Fact]
    public void The_weights_taken_out_of_MLNET_read_each_digit_as_its_own_class()
    {
        // Ten shapes, one per digit: a bar at the digit's own angle, drawn with jitter.
        var random = new Random(3);
        DigitSet Make(int count) => new([.. Enumerable.Range(0, count).Select(i => Bar(i % 10, random))], [.. Enumerable.Range(0, count).Select(i => i % 10)]);

        var model = DigitModelTraining.Train(Make(400), Make(200), "bars", "none");

        // A class order mixed up between ML.NET's keys and the exported rows would put this near 0.1.
        Assert.True(model.Facts.TestAccuracy >= 0.9, $"accuracy {model.Facts.TestAccuracy}");
        Assert.Equal(200, model.Facts.TestDigits);
    }

    [Fact]
    public void MNIST_files_are_read_with_their_labels()
    {
        var folder = Directory.CreateTempSubdirectory("mnist-").FullName;
        try
        {
            foreach (var part in (string[])["train", "t10k"])
            {
                var image = new byte[16 + 2 * 784];
                Header(image, 0x0803, 2, 28, 28);
                image[16 + 784 + 5] = 255;
                File.WriteAllBytes(Path.Combine(folder, $"{part}-images-idx3-ubyte"), image);
                var labels = new byte[8 + 2];
                Header(labels, 0x0801, 2);
                labels[8] = 7; labels[9] = 3;
                File.WriteAllBytes(Path.Combine(folder, $"{part}-labels-idx1-ubyte"), labels);
            }

            var digits = MnistDigits.Training(folder);

            Assert.Equal([7, 3], digits.Labels);
            Assert.Equal(1f, digits.Fields[1][5]);
            Assert.Equal(64, MnistDigits.Fingerprint(folder).Length);

            File.WriteAllBytes(Path.Combine(folder, "t10k-labels-idx1-ubyte"), [1, 2, 3, 4, 5, 6, 7, 8]);
            Assert.Throws<InvalidDataException>(() => MnistDigits.Test(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_folder_without_the_digits_names_the_script_that_fetches_them()
    {
        var error = Assert.Throws<FileNotFoundException>(() => MnistDigits.Training(Path.GetTempPath()));
        Assert.Contains("scripts/fetch-mnist", error.Message);
    }

    private static float[] Bar(int digit, Random random)
    {
        var field = new float[28 * 28];
        var angle = digit * Math.PI / 10 + (random.NextDouble() - 0.5) * 0.1;
        for (var t = -9.0; t <= 9; t += 0.25)
        {
            var x = (int)Math.Round(14 + t * Math.Cos(angle) + random.NextDouble() - 0.5);
            var y = (int)Math.Round(14 + t * Math.Sin(angle) + random.NextDouble() - 0.5);
            if (x is >= 0 and < 28 && y is >= 0 and < 28) field[y * 28 + x] = 1;
        }
        return field;
    }

    private static void Header(byte[] bytes, params int[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            bytes[4 * i] = (byte)(values[i] >> 24); bytes[4 * i + 1] = (byte)(values[i] >> 16);
            bytes[4 * i + 2] = (byte)(values[i] >> 8); bytes[4 * i + 3] = (byte)values[i];
        }
    }
}
