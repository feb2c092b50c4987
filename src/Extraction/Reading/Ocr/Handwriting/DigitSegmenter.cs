namespace Extraction.Reading.Ocr.Handwriting;

/// <summary>One handwritten mark taken for a digit: its ink (only its own strokes, the rest blanked)
/// and where it is in the blank's image.</summary>
internal sealed record DigitMark(InkImage Ink, PixelRect Box);

/// <summary>
/// Cuts the ink in a blank into marks: Otsu threshold, 8-connected strokes, strokes that sit over one
/// another (the bar of a 5, the cross of a 7, a 4 written in two strokes) joined. Specks, rules and the
/// ends of printed letters cut by the blank's edges are left out. A mark too wide for one digit can be
/// split (<see cref="Split"/>).
/// </summary>
internal static class DigitSegmenter
{
    /// <param name="image">The blank and some room above and below it.</param>
    /// <param name="bandTop">Top of the printed words' band in <paramref name="image"/>.</param>
    /// <param name="bandBottom">Bottom of that band.</param>
    public static IReadOnlyList<DigitMark> Segment(InkImage image, double bandTop, double bandBottom)
    {
        var band = bandBottom - bandTop;
        var strokes = Strokes(image, Threshold(image))
            .Where(s => IsPartOfADigit(s, image, bandTop, bandBottom))
            .ToList();
        var marks = JoinOverlapping(strokes);
        // A digit is at least a third of the printed band tall; what is left is a comma or a speck.
        marks.RemoveAll(m => m.Box.Height < band * 0.35);
        return [.. marks.Select(m => new DigitMark(Cut(image, m), m.Box))];
    }

    /// <summary>A mark wider than a digit is cut in two at the column with least ink in its middle third:
    /// two digits written touching ("22"), or one wide digit (a round "0"), which only reading both ways
    /// can tell apart (<see cref="HandwrittenFieldReader"/>). Null for a mark no wider than a digit.</summary>
    public static (DigitMark Left, DigitMark Right)? Split(DigitMark mark)
    {
        var ink = mark.Ink;
        if (ink.Width <= ink.Height * WidestDigit) return null;
        var columns = new int[ink.Width];
        for (var y = 0; y < ink.Height; y++)
            for (var x = 0; x < ink.Width; x++)
                if (ink[x, y] > 0) columns[x]++;
        var cut = ink.Width / 3;
        for (var x = cut; x <= ink.Width * 2 / 3; x++) if (columns[x] < columns[cut]) cut = x;
        var left = Part(mark, 0, cut);
        var right = Part(mark, cut, ink.Width);
        // Digits written side by side are about as tall as each other; a flat piece is part of one digit
        // (the bar of a wide "5"), and cutting it again would make digits of its fragments.
        bool IsDigitTall(DigitMark? part) => part is not null && part.Ink.Height >= ink.Height * SharedHeight;
        return IsDigitTall(left) && IsDigitTall(right) ? (left!, right!) : null;
    }

    // Columns [from, to) of a mark, trimmed to the rows and columns that have ink.
    private static DigitMark? Part(DigitMark mark, int from, int to)
    {
        var ink = mark.Ink;
        int left = int.MaxValue, right = -1, top = int.MaxValue, bottom = -1;
        for (var y = 0; y < ink.Height; y++)
            for (var x = from; x < to; x++)
            {
                if (ink[x, y] <= 0) continue;
                left = Math.Min(left, x); right = Math.Max(right, x);
                top = Math.Min(top, y); bottom = Math.Max(bottom, y);
            }
        if (right < 0) return null;
        int width = right - left + 1, height = bottom - top + 1;
        var part = new float[width * height];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++) part[y * width + x] = ink[left + x, top + y];
        return new DigitMark(new InkImage(width, height, part), new PixelRect(mark.Box.Left + left, mark.Box.Top + top, width, height));
    }

    /// <summary>Otsu's threshold on the ink amounts, kept above a floor so a blank with no writing is
    /// not split into paper and paper.</summary>
    private static float Threshold(InkImage image)
    {
        var histogram = new int[256];
        foreach (var ink in image.Ink) histogram[(int)(ink * 255)]++;
        double total = image.Ink.Length, sum = 0;
        for (var i = 0; i < 256; i++) sum += i * histogram[i];
        double backgroundWeight = 0, backgroundSum = 0, best = -1;
        var threshold = 128;
        for (var i = 0; i < 256; i++)
        {
            backgroundWeight += histogram[i];
            if (backgroundWeight == 0) continue;
            var foregroundWeight = total - backgroundWeight;
            if (foregroundWeight == 0) break;
            backgroundSum += i * histogram[i];
            var meanBackground = backgroundSum / backgroundWeight;
            var meanForeground = (sum - backgroundSum) / foregroundWeight;
            var between = backgroundWeight * foregroundWeight * (meanBackground - meanForeground) * (meanBackground - meanForeground);
            if (between > best) { best = between; threshold = i; }
        }
        return Math.Max(threshold, 80) / 255f;
    }

    private static List<InkComponent> Strokes(InkImage image, float threshold) =>
        InkComponents.Find(i => image.Ink[i] > threshold, image.Width, image.Height);

    private static bool IsPartOfADigit(InkComponent stroke, InkImage image, double bandTop, double bandBottom)
    {
        var band = bandBottom - bandTop;
        var box = stroke.Box;
        if (stroke.Pixels.Count < band * band * 0.01) return false;                        // speck
        if (box.Width > band * 2.5 && box.Height < band * 0.25) return false;               // a rule
        // A sliver at the left or right edge is the end of a printed letter the blank's edge cut.
        var atEdge = box.Left == 0 || stroke.Box.Right == image.Width;
        if (atEdge && box.Width < band * 0.2) return false;
        // The writing sits on the printed line; strokes wholly above or below it belong to other lines.
        var centre = box.Top + box.Height / 2.0;
        return centre > bandTop - band * 0.3 && centre < bandBottom + band * 0.3;
    }

    // Strokes whose columns overlap by more than a third of the narrower one are one digit.
    private static List<InkComponent> JoinOverlapping(List<InkComponent> strokes)
    {
        var marks = strokes.OrderBy(s => s.Box.Left).ToList();
        for (var joined = true; joined;)
        {
            joined = false;
            for (var i = 0; i < marks.Count && !joined; i++)
                for (var j = i + 1; j < marks.Count && !joined; j++)
                {
                    var overlap = Math.Min(marks[i].Box.Right, marks[j].Box.Right) - Math.Max(marks[i].Box.Left, marks[j].Box.Left);
                    if (overlap <= Math.Min(marks[i].Box.Width, marks[j].Box.Width) / 3.0) continue;
                    marks[i] = Join(marks[i], marks[j]);
                    marks.RemoveAt(j);
                    joined = true;
                }
        }
        return marks;
    }

    private static InkComponent Join(InkComponent a, InkComponent b)
    {
        int left = Math.Min(a.Box.Left, b.Box.Left), top = Math.Min(a.Box.Top, b.Box.Top);
        int right = Math.Max(a.Box.Right, b.Box.Right), bottom = Math.Max(a.Box.Bottom, b.Box.Bottom);
        return new InkComponent([.. a.Pixels, .. b.Pixels], new PixelRect(left, top, right - left, bottom - top));
    }

    // The widest single digits of the corpus scans are 1.12 times as wide as tall; the narrowest pair
    // written touching, 1.27 (the month "01" of qn-ct-01-2021). Wider than 1.4 is no single digit at all
    // (the "46" of qn-tb-46-2025, 1.53, which the model would rather read as one "8").
    private const double WidestDigit = 1.15;
    private const double SurelyTwoDigits = 1.4;
    private const double SharedHeight = 0.45;

    /// <summary>Too wide to be one digit, whatever the model makes of it.</summary>
    public static bool IsSurelyTwoDigits(DigitMark mark) => mark.Ink.Width > mark.Ink.Height * SurelyTwoDigits;

    // The mark's own pixels, with their grey level, on blank paper the size of its box.
    private static InkImage Cut(InkImage image, InkComponent mark)
    {
        var box = mark.Box;
        var ink = new float[box.Width * box.Height];
        foreach (var pixel in mark.Pixels)
        {
            int x = pixel % image.Width - box.Left, y = pixel / image.Width - box.Top;
            ink[y * box.Width + x] = image.Ink[pixel];
        }
        return new InkImage(box.Width, box.Height, ink);
    }
}
