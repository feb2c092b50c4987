using Extraction.Reading.Ocr.Native;

namespace Extraction.Reading.Ocr;

/// <summary>A page image ready for recognition: 8-bit grey at a known resolution, and how it was derived.</summary>
internal sealed class PreparedPage(Pix image, int resolution, PageGeometry geometry) : IDisposable
{
    public Pix Image { get; private set; } = image;
    public int Resolution { get; } = resolution;
    public PageGeometry Geometry { get; private set; } = geometry;

    /// <summary>Turns the image clockwise by quarter turns (to right a page found sideways or upside down).</summary>
    public void Turn(int quarterTurns)
    {
        var turned = Pix.OwnResult(LeptonicaApi.pixRotateOrth(Image.Pointer, quarterTurns), "turn the page");
        Image.Dispose();
        Image = turned;
        Geometry = Geometry with { QuarterTurns = (Geometry.QuarterTurns + quarterTurns) % 4 };
    }

    public void Dispose() => Image.Dispose();
}

/// <summary>
/// Image clean-up before recognition: grey (from the brightest channel, which pales red and blue
/// stamps), upscaling of low-resolution scans and reduction of high-resolution ones, background
/// levelling, deskew. Each step is an option so its effect can be measured (docs/ocr.md has the
/// figures).
/// </summary>
internal sealed class PagePreprocessor(OcrOptions options)
{
    private const double A4WidthInches = 8.27;
    // pixFindSkewAndDeskew rotates only past these (Leptonica's skew.c defaults).
    private const double MinDeskewDegrees = 0.1;
    private const double MinDeskewConfidence = 3.0;

    /// <summary>Prepares a decoded page image. <paramref name="declaredResolution"/> is what the file
    /// or the PDF page says (0 when unknown); a value that does not fit a letter-sized page is ignored.</summary>
    public PreparedPage Prepare(Pix source, int declaredResolution)
    {
        var resolution = EffectiveResolution(source.Width, source.Height, declaredResolution);
        var image = ToGrey(source);
        var scale = 1.0;
        var recognitionResolution = RecognitionResolution(resolution);
        if (recognitionResolution != resolution)
        {
            scale = (double)recognitionResolution / resolution;
            image = Replace(image, LeptonicaApi.pixScale(image.Pointer, (float)scale, (float)scale), "scale the page");
            resolution = recognitionResolution;
        }
        if (options.Steps.HasFlag(PreprocessingSteps.NormaliseBackground) && HasUnevenBackground(image))
            image = Replace(image, LeptonicaApi.pixBackgroundNormSimple(image.Pointer, IntPtr.Zero, IntPtr.Zero), "level the background");

        var skew = 0.0;
        if (options.Steps.HasFlag(PreprocessingSteps.Deskew))
        {
            image = Replace(image, LeptonicaApi.pixFindSkewAndDeskew(image.Pointer, 2, out var angle, out var confidence), "deskew the page");
            if (Math.Abs(angle) >= MinDeskewDegrees && confidence >= MinDeskewConfidence) skew = angle;
        }
        LeptonicaApi.pixSetResolution(image.Pointer, resolution, resolution);
        return new PreparedPage(image, resolution, new PageGeometry(source.Width, source.Height, scale, skew, 0));
    }

    /// <summary>Low-resolution scans are upscaled to the working resolution, high-resolution ones reduced.</summary>
    private int RecognitionResolution(int scanned) =>
        options.Steps.HasFlag(PreprocessingSteps.Upscale) && scanned < options.UpscaleBelowResolution ? options.WorkingResolution
        : options.Steps.HasFlag(PreprocessingSteps.Reduce) && scanned > options.ReduceAboveResolution ? options.ReduceAboveResolution
        : scanned;

    /// <summary>The resolution the page was scanned at; letters are A4, so an implausible declared value
    /// (an image placed on a 26-inch PDF page, a missing header) gives way to the A4 width, taken on
    /// the short side so a page scanned sideways counts alike.</summary>
    public static int EffectiveResolution(int widthPixels, int heightPixels, int declaredResolution)
    {
        var shortSide = Math.Min(widthPixels, heightPixels);
        if (declaredResolution >= 50)
        {
            var inches = shortSide / (double)declaredResolution;
            if (inches is >= 4 and <= 14) return declaredResolution;
        }
        return (int)Math.Round(shortSide / A4WidthInches);
    }

    private Pix ToGrey(Pix source)
    {
        using var withoutColourMap = LeptonicaApi.pixGetColormap(source.Pointer) == IntPtr.Zero
            ? Pix.OwnResult(LeptonicaApi.pixClone(source.Pointer), "read the page image")
            : Pix.OwnResult(LeptonicaApi.pixRemoveColormap(source.Pointer, 4), "remove the colour map");
        if (withoutColourMap.Depth != 32)
            return Pix.OwnResult(LeptonicaApi.pixConvertTo8(withoutColourMap.Pointer, 0), "convert the page to grey");
        return Pix.OwnResult(options.Steps.HasFlag(PreprocessingSteps.RemoveStampColour)
            ? LeptonicaApi.pixConvertRGBToGrayMinMax(withoutColourMap.Pointer, LeptonicaApi.ChooseMax)
            : LeptonicaApi.pixConvertRGBToLuminance(withoutColourMap.Pointer), "convert the page to grey");
    }

    // Paper brightness (the 90th percentile of a tile) varying by more than this across a 4 × 4 grid
    // is light falling off across a photographed page; a scanner lights the page evenly.
    private const int UnevenBackgroundRange = 40;

    /// <summary>Levelling helps photographed pages (CER 5.3 % → 0.2 %) but costs a little on evenly lit
    /// scans (docs/ocr.md), so it runs only where the paper's brightness varies across the page.</summary>
    private static bool HasUnevenBackground(Pix grey)
    {
        const int tiles = 4;
        using var small = Pix.OwnResult(LeptonicaApi.pixScale(grey.Pointer, 0.1f, 0.1f), "reduce the page");
        var pixels = small.CopyGreyPixels();
        int width = small.Width, height = small.Height;
        var levels = new List<int>();
        for (var ty = 0; ty < tiles; ty++)
        {
            for (var tx = 0; tx < tiles; tx++)
            {
                var tile = new List<byte>();
                for (var y = ty * height / tiles; y < (ty + 1) * height / tiles; y++)
                    for (var x = tx * width / tiles; x < (tx + 1) * width / tiles; x++)
                        tile.Add(pixels[y * width + x]);
                if (tile.Count == 0) continue;
                tile.Sort();
                levels.Add(tile[tile.Count * 9 / 10]);
            }
        }
        return levels.Count > 0 && levels.Max() - levels.Min() > UnevenBackgroundRange;
    }

    private static Pix Replace(Pix current, IntPtr next, string operation)
    {
        var result = Pix.OwnResult(next, operation);
        current.Dispose();
        return result;
    }
}
