namespace Extraction.Reading.Ocr.Handwriting;

/// <summary>A small grey image as ink amounts (0 = paper, 1 = full ink), rows top to bottom.</summary>
internal sealed class InkImage(int width, int height, float[] ink)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public float[] Ink { get; } = ink;

    public float this[int x, int y] => Ink[y * Width + x];

    /// <summary>From 8-bit grey pixels (0 black, 255 white).</summary>
    public static InkImage FromGrey(byte[] grey, int width, int height) =>
        new(width, height, [.. grey.Select(g => (255 - g) / 255f)]);
}
