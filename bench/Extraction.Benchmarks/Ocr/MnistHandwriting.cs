using Extraction.Learning.Digits;
using Extraction.ScanGenerator;
using SkiaSharp;

namespace Extraction.Benchmarks.Ocr;

/// <summary>
/// Writes digits into a blank with MNIST test digits, which the digit model never trained on: each
/// digit a different writer's, scaled to a marker's size (a little taller than the printed line),
/// tilted and shifted a little, in near-black ink.
/// </summary>
internal sealed class MnistHandwriting(DigitSet digits, int seed) : IHandwriting
{
    private readonly Random random = new(seed);
    private readonly Dictionary<int, List<int>> byDigit = Enumerable.Range(0, 10)
        .ToDictionary(d => d, d => Enumerable.Range(0, digits.Labels.Count).Where(i => digits.Labels[i] == d).ToList());

    public void Draw(SKCanvas canvas, SKRect area, string written)
    {
        // MNIST draws a digit 20 pixels tall in a 28-pixel field.
        var field = area.Height * (1.05f + 0.3f * random.NextSingle()) * 28 / 20;
        var x = area.Left + (area.Width - written.Length * field * 0.62f) / 2;
        foreach (var digit in written)
        {
            var samples = byDigit[digit - '0'];
            using var image = Ink(digits.Fields[samples[random.Next(samples.Count)]]);
            var y = area.Bottom - field * 0.85f + (random.NextSingle() - 0.5f) * area.Height * 0.2f;
            canvas.Save();
            canvas.RotateDegrees((random.NextSingle() - 0.5f) * 14, x + field / 2, y + field / 2);
            using var paint = new SKPaint { IsAntialias = true };
            canvas.DrawImage(image, new SKRect(x, y, x + field, y + field), new SKSamplingOptions(SKFilterMode.Linear), paint);
            canvas.Restore();
            x += field * (0.55f + 0.12f * random.NextSingle());
        }
    }

    // The digit's grey levels as the opacity of dark ink.
    private static SKImage Ink(float[] field)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(28, 28, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        for (var y = 0; y < 28; y++)
            for (var x = 0; x < 28; x++)
                bitmap.SetPixel(x, y, new SKColor(25, 25, 40, (byte)(255 * Math.Min(1, field[y * 28 + x] * 1.4f))));
        return SKImage.FromBitmap(bitmap);
    }
}
