namespace Extraction.Reading.Ocr.Stamps;

/// <summary>
/// The geometry an urgency stamp needs before it can be read: the blobs of red on a page (letters and
/// frame of one stamp joined), the direction of a stamp's text (its ink's principal axis: a stamp is
/// longer along its text), and the stamp turned so its text runs level.
/// </summary>
internal static class StampShape
{
    /// <summary>Blobs of a mask whose pixels lie within <paramref name="reach"/> of one another.</summary>
    public static List<PixelRect> Blobs(bool[] mask, int width, int height, int reach) =>
        [.. InkComponents.Find(i => mask[i], width, height, reach).Select(c => c.Box)];

    /// <summary>The ink without the stamp's frame (the outline of an arrow, a box or a ring): Tesseract takes
    /// text inside a frame for a picture and reads nothing. A frame is a stroke that spans most of the
    /// stamp both ways; a letter spans it one way at most.</summary>
    public static bool[] WithoutFrame(bool[] ink, int width, int height)
    {
        var strokes = InkComponents.Find(i => ink[i], width, height);
        if (strokes.Count == 0) return ink;
        int left = strokes.Min(s => s.Box.Left), top = strokes.Min(s => s.Box.Top);
        int right = strokes.Max(s => s.Box.Right), bottom = strokes.Max(s => s.Box.Bottom);
        var frames = strokes.Where(s => s.Box.Width > 0.6 * (right - left) && s.Box.Height > 0.6 * (bottom - top)).ToList();
        if (frames.Count == 0) return ink;
        var kept = (bool[])ink.Clone();
        foreach (var pixel in frames.SelectMany(f => f.Pixels)) kept[pixel] = false;
        return kept;
    }

    /// <summary>The angle, in degrees clockwise from level (y grows downwards), of the principal axis of the ink.</summary>
    public static double Direction(bool[] ink, int width)
    {
        double count = 0, sumX = 0, sumY = 0;
        for (var i = 0; i < ink.Length; i++)
        {
            if (!ink[i]) continue;
            count++; sumX += i % width; sumY += i / width;
        }
        if (count == 0) return 0;
        double meanX = sumX / count, meanY = sumY / count, xx = 0, yy = 0, xy = 0;
        for (var i = 0; i < ink.Length; i++)
        {
            if (!ink[i]) continue;
            double dx = i % width - meanX, dy = i / width - meanY;
            xx += dx * dx; yy += dy * dy; xy += dx * dy;
        }
        return 0.5 * Math.Atan2(2 * xy, xx - yy) * 180 / Math.PI;
    }

    /// <summary>The ink turned anticlockwise by <paramref name="degrees"/> about its centre, as 8-bit grey
    /// (ink black on white) on a canvas large enough for any turn.</summary>
    public static (byte[] Grey, int Width, int Height) Levelled(bool[] ink, int width, int height, double degrees)
    {
        var side = (int)Math.Ceiling(Math.Sqrt(width * width + height * height)) + 2;
        var grey = new byte[side * side];
        Array.Fill(grey, (byte)255);
        var angle = degrees * Math.PI / 180;
        double cos = Math.Cos(angle), sin = Math.Sin(angle);
        double centreX = width / 2.0, centreY = height / 2.0, half = side / 2.0;
        // Each output pixel looks up where it came from (turning back clockwise), so the result has no holes.
        for (var y = 0; y < side; y++)
            for (var x = 0; x < side; x++)
            {
                double dx = x - half, dy = y - half;
                var sourceX = (int)Math.Round(centreX + dx * cos - dy * sin);
                var sourceY = (int)Math.Round(centreY + dx * sin + dy * cos);
                if (sourceX >= 0 && sourceY >= 0 && sourceX < width && sourceY < height && ink[sourceY * width + sourceX]) grey[y * side + x] = 0;
            }
        return (grey, side, side);
    }
}
