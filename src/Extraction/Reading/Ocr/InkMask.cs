namespace Extraction.Reading.Ocr;

/// <summary>Dark pixels of a grey image, found with Otsu's global threshold (Otsu 1979).</summary>
internal sealed record InkMask
{
    private readonly bool[] ink;
    private readonly int[] rowCounts;

    private InkMask(bool[] ink, int width, int height)
    {
        this.ink = ink;
        Width = width;
        Height = height;
        rowCounts = new int[height];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                if (ink[y * width + x]) rowCounts[y]++;
    }

    public int Width { get; }
    public int Height { get; }
    /// <summary>Page pixels per mask pixel.</summary>
    public double Scale { get; private init; } = 1;

    /// <summary>Text lines run across the page: many bands of inked rows, few of inked columns.
    /// A page turned a quarter has it the other way round.</summary>
    public bool LooksSideways()
    {
        var rowBands = Bands(Height, y => rowCounts[y]);
        var columnCounts = new int[Width];
        for (var i = 0; i < ink.Length; i++)
            if (ink[i]) columnCounts[i % Width]++;
        var columnBands = Bands(Width, x => columnCounts[x]);
        return columnBands >= 8 && columnBands > 2 * rowBands;
    }

    private static int Bands(int length, Func<int, int> count)
    {
        var bands = 0;
        var inside = false;
        for (var i = 0; i < length; i++)
        {
            var inked = count(i) >= 2;
            if (inked && !inside) bands++;
            inside = inked;
        }
        return bands;
    }

    /// <summary>The ink of a page reduced to about 75 DPI, enough to see text lines and columns.</summary>
    public static InkMask OfPage(Native.Pix page, int resolution)
    {
        const int analysisResolution = 75;
        var factor = Math.Min(1.0, (double)analysisResolution / resolution);
        using var small = Native.Pix.OwnResult(Native.LeptonicaApi.pixScale(page.Pointer, (float)factor, (float)factor), "reduce the page for layout analysis");
        return From(small.CopyGreyPixels(), small.Width, small.Height) with { Scale = 1 / factor };
    }

    public static InkMask From(byte[] grey, int width, int height)
    {
        var threshold = OtsuThreshold(grey);
        return new InkMask([.. grey.Select(g => g < threshold)], width, height);
    }

    public int RowCount(int y) => rowCounts[y];

    /// <summary>Ink of rows [top, bottom) projected on x, as segments separated by gaps wider than <paramref name="maxGap"/>.</summary>
    public List<(int Start, int End)> Segments(int top, int bottom, int maxGap)
    {
        var columns = new int[Width];
        for (var y = top; y < bottom; y++)
            for (var x = 0; x < Width; x++)
                if (ink[y * Width + x]) columns[x]++;

        var segments = new List<(int Start, int End)>();
        int start = -1, lastInk = -1;
        for (var x = 0; x < Width; x++)
        {
            if (columns[x] == 0) continue;
            if (start >= 0 && x - lastInk > maxGap) { segments.Add((start, lastInk + 1)); start = -1; }
            if (start < 0) start = x;
            lastInk = x;
        }
        if (start >= 0) segments.Add((start, lastInk + 1));
        return segments;
    }

    private static int OtsuThreshold(byte[] grey)
    {
        var histogram = new long[256];
        foreach (var g in grey) histogram[g]++;
        double total = grey.Length, sumAll = 0;
        for (var i = 0; i < 256; i++) sumAll += i * histogram[i];
        double weightBelow = 0, sumBelow = 0, best = -1;
        var threshold = 128;
        for (var t = 0; t < 256; t++)
        {
            weightBelow += histogram[t];
            if (weightBelow == 0) continue;
            var weightAbove = total - weightBelow;
            if (weightAbove == 0) break;
            sumBelow += t * histogram[t];
            var meanBelow = sumBelow / weightBelow;
            var meanAbove = (sumAll - sumBelow) / weightAbove;
            var between = weightBelow * weightAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) { best = between; threshold = t + 1; }
        }
        return threshold;
    }
}
