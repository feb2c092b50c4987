namespace Extraction.Reading.Ocr;

/// <summary>A connected piece of ink: its pixels (indices into the image, row by row) and their bounding box.</summary>
internal sealed record InkComponent(List<int> Pixels, PixelRect Box);

/// <summary>The connected pieces of ink of an image: handwritten strokes in a blank, the blobs of red
/// of a stamp, a stamp's frame.</summary>
internal static class InkComponents
{
    /// <summary>The pieces of a <paramref name="width"/> × <paramref name="height"/> image whose ink pixels
    /// lie within <paramref name="reach"/> of one another (1: 8-connected), in the order of their first pixel.</summary>
    public static List<InkComponent> Find(Func<int, bool> isInk, int width, int height, int reach = 1)
    {
        var seen = new bool[width * height];
        var components = new List<InkComponent>();
        var stack = new Stack<int>();
        for (var start = 0; start < seen.Length; start++)
        {
            if (seen[start] || !isInk(start)) continue;
            var pixels = new List<int>();
            int left = width, top = height, right = -1, bottom = -1;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var at = stack.Pop();
                pixels.Add(at);
                int x = at % width, y = at / width;
                left = Math.Min(left, x); right = Math.Max(right, x);
                top = Math.Min(top, y); bottom = Math.Max(bottom, y);
                for (var ny = Math.Max(0, y - reach); ny <= Math.Min(height - 1, y + reach); ny++)
                    for (var nx = Math.Max(0, x - reach); nx <= Math.Min(width - 1, x + reach); nx++)
                    {
                        var next = ny * width + nx;
                        if (seen[next] || !isInk(next)) continue;
                        seen[next] = true;
                        stack.Push(next);
                    }
            }
            components.Add(new InkComponent(pixels, new PixelRect(left, top, right - left + 1, bottom - top + 1)));
        }
        return components;
    }
}
