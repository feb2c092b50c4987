namespace Extraction.Reading.Ocr.Stamps;

/// <summary>
/// The geometry an urgency stamp needs before it can be read: the blobs of red on a page (letters and
/// frame of one stamp joined), the direction of a stamp's text (its ink's principal axis: a stamp is
/// longer along its text), and the stamp turned so its text runs level.
/// </summary>
internal static class StampShape
{
    /// <summary>Blobs of a mask whose pixels lie within <paramref name="reach"/> of one another.</summary>
    public static List<PixelRect> Blobs(bool[] mask, int width, int height, int reach)
    {
        var seen = new bool[mask.Length];
        var blobs = new List<PixelRect>();
        var stack = new Stack<int>();
        for (var start = 0; start < mask.Length; start++)
        {
            if (!mask[start] || seen[start]) continue;
            int left = width, top = height, right = 0, bottom = 0;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var at = stack.Pop();
                int x = at % width, y = at / width;
                left = Math.Min(left, x); right = Math.Max(right, x);
                top = Math.Min(top, y); bottom = Math.Max(bottom, y);
                for (var ny = Math.Max(0, y - reach); ny <= Math.Min(height - 1, y + reach); ny++)
                    for (var nx = Math.Max(0, x - reach); nx <= Math.Min(width - 1, x + reach); nx++)
                    {
                        var next = ny * width + nx;
                        if (!mask[next] || seen[next]) continue;
                        seen[next] = true;
                        stack.Push(next);
                    }
            }
            blobs.Add(new PixelRect(left, top, right - left + 1, bottom - top + 1));
        }
        return blobs;
    }

    /// <summary>The ink without the stamp's frame (the outline of an arrow, a box or a ring): Tesseract takes
    /// text inside a frame for a picture and reads nothing. A frame is a stroke that spans most of the
    /// stamp both ways; a letter spans it one way at most.</summary>
    public static bool[] WithoutFrame(bool[] ink, int width, int height)
    {
        var inked = Blobs(ink, width, height, reach: 1);
        if (inked.Count == 0) return ink;
        int left = inked.Min(b => b.Left), top = inked.Min(b => b.Top);
        int right = inked.Max(b => b.Left + b.Width), bottom = inked.Max(b => b.Top + b.Height);
        var frames = inked.Where(b => b.Width > 0.6 * (right - left) && b.Height > 0.6 * (bottom - top)).ToList();
        if (frames.Count == 0) return ink;
        var kept = (bool[])ink.Clone();
        // Blobs are rectangles, so the frame's own pixels are found again by flood from any of its pixels.
        foreach (var frame in frames) Erase(kept, width, height, FirstInk(kept, width, frame));
        return kept;
    }

    private static int FirstInk(bool[] ink, int width, PixelRect box)
    {
        for (var x = box.Left; x < box.Left + box.Width; x++)
            if (ink[box.Top * width + x]) return box.Top * width + x;
        return -1;
    }

    private static void Erase(bool[] ink, int width, int height, int start)
    {
        if (start < 0) return;
        var stack = new Stack<int>([start]);
        ink[start] = false;
        while (stack.Count > 0)
        {
            var at = stack.Pop();
            int x = at % width, y = at / width;
            for (var ny = Math.Max(0, y - 1); ny <= Math.Min(height - 1, y + 1); ny++)
                for (var nx = Math.Max(0, x - 1); nx <= Math.Min(width - 1, x + 1); nx++)
                {
                    var next = ny * width + nx;
                    if (!ink[next]) continue;
                    ink[next] = false;
                    stack.Push(next);
                }
        }
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
