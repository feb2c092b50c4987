namespace Extraction.Reading.Ocr.Handwriting;

/// <summary>
/// A digit drawn the way the MNIST set of handwritten digits is (LeCun et al., 1998), which the digit
/// model learns from: the mark scaled, keeping its proportions, to fit a 20 × 20 box, then placed on a
/// 28 × 28 field with its centre of ink in the middle.
/// </summary>
internal static class DigitShape
{
    public const int Size = 28;
    private const int Fit = 20;

    public static float[] Normalise(InkImage mark)
    {
        var scale = (double)Fit / Math.Max(mark.Width, mark.Height);
        var width = Math.Max(1, (int)Math.Round(mark.Width * scale));
        var height = Math.Max(1, (int)Math.Round(mark.Height * scale));
        var small = Resample(mark, width, height);

        double inkSum = 0, sumX = 0, sumY = 0;
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var ink = small[y * width + x];
                inkSum += ink; sumX += ink * x; sumY += ink * y;
            }
        var centreX = inkSum > 0 ? sumX / inkSum : (width - 1) / 2.0;
        var centreY = inkSum > 0 ? sumY / inkSum : (height - 1) / 2.0;
        var offsetX = (int)Math.Round(Size / 2.0 - 0.5 - centreX);
        var offsetY = (int)Math.Round(Size / 2.0 - 0.5 - centreY);

        var field = new float[Size * Size];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                int fx = x + offsetX, fy = y + offsetY;
                if (fx is >= 0 and < Size && fy is >= 0 and < Size) field[fy * Size + fx] = small[y * width + x];
            }
        return field;
    }

    /// <summary>Area-averaging resample: each target pixel takes the mean ink of the source area it covers,
    /// which keeps thin strokes grey instead of dropping them.</summary>
    private static float[] Resample(InkImage source, int width, int height)
    {
        var target = new float[width * height];
        double stepX = (double)source.Width / width, stepY = (double)source.Height / height;
        for (var ty = 0; ty < height; ty++)
        {
            double y0 = ty * stepY, y1 = y0 + stepY;
            for (var tx = 0; tx < width; tx++)
            {
                double x0 = tx * stepX, x1 = x0 + stepX, sum = 0;
                for (var sy = (int)y0; sy < Math.Min(source.Height, (int)Math.Ceiling(y1)); sy++)
                {
                    var coverY = Math.Min(y1, sy + 1) - Math.Max(y0, sy);
                    for (var sx = (int)x0; sx < Math.Min(source.Width, (int)Math.Ceiling(x1)); sx++)
                        sum += source[sx, sy] * coverY * (Math.Min(x1, sx + 1) - Math.Max(x0, sx));
                }
                target[ty * width + tx] = (float)Math.Min(1, sum / (stepX * stepY));
            }
        }
        return target;
    }
}
