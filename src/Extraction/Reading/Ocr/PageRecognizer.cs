using Extraction.Reading.Ocr.Handwriting;
using Extraction.Reading.Ocr.Stamps;

namespace Extraction.Reading.Ocr;

/// <summary>One page through the whole recognition: clean-up, layout, Tesseract, orientation check,
/// boxes mapped back to the received image, and the engine's noise dropped.</summary>
internal sealed class PageRecognizer(OcrOptions options)
{
    // Pages reading worse than this are checked for orientation (measured: upright letter pages score over 0.8).
    private const double OrientationCheckBelow = 0.6;
    private const double OrientationModelConfidence = 2.0;
    // Words with no letter or digit and low confidence are specks, stamp edges and signature strokes.
    private const double NoiseConfidence = 0.5;

    private readonly PagePreprocessor preprocessor = new(options);
    private readonly HandwrittenFieldReader? handwriting = options.HandwrittenDigits is { } digits ? new HandwrittenFieldReader(digits) : null;
    private readonly UrgencyStampReader urgencyStamps = new();

    public OcrPage Recognize(SourcePage source, TesseractEngine engine, CancellationToken cancellation)
    {
        using var page = preprocessor.Prepare(source.Image, source.DeclaredResolution);
        var checkOrientation = options.Steps.HasFlag(PreprocessingSteps.Orientation);
        // Tesseract reads a sideways page's vertical lines with good confidence but no layout, so a
        // quarter turn is looked for first; an upside-down page shows in low confidence afterwards.
        if (checkOrientation && InkMask.OfPage(page.Image, page.Resolution).LooksSideways()
            && engine.DetectQuarterTurns(page.Image, page.Resolution, OrientationModelConfidence) is int sideways and not 0)
            page.Turn((4 - sideways) % 4);
        var lines = Read(page, engine, cancellation);
        if (checkOrientation && lines.Count > 0 && MeanConfidence(lines) < OrientationCheckBelow
            && engine.DetectQuarterTurns(page.Image, page.Resolution, OrientationModelConfidence) is int turns and not 0)
        {
            page.Turn((4 - turns) % 4);
            var turned = Read(page, engine, cancellation);
            if (MeanConfidence(turned) > MeanConfidence(lines)) lines = turned;
            else page.Turn(turns);
        }
        // The number and date are written by hand on the first page only.
        if (handwriting is not null && source.Number == 1) lines = handwriting.Read(page.Image, lines);
        var geometry = page.Geometry;
        var preparation = new PagePreparation((int)Math.Round(page.Resolution / geometry.Scale), geometry.Scale, geometry.QuarterTurns, geometry.SkewDegrees);
        List<OcrLine> received = [.. lines.Select(geometry.ToSource)];
        // An urgency stamp is red and stamped on the first page; its line goes first, where printed urgency stands.
        if (source.Number == 1 && options.Steps.HasFlag(PreprocessingSteps.RemoveStampColour)
            && urgencyStamps.Read(source.Image, preparation.SourceResolution, engine) is { } urgency)
            received.Insert(0, urgency);
        return new OcrPage(source.Number, source.Image.Width, source.Image.Height, received, preparation);
    }

    private List<OcrLine> Read(PreparedPage page, TesseractEngine engine, CancellationToken cancellation)
    {
        IReadOnlyList<PixelRect> regions = options.Steps.HasFlag(PreprocessingSteps.ColumnLayout)
            ? ColumnLayout.Regions(page.Image, page.Resolution)
            : [new PixelRect(0, 0, page.Image.Width, page.Image.Height)];
        return engine.Recognize(page.Image, page.Resolution, regions, cancellation)
            .Select(WithoutNoise).OfType<OcrLine>().ToList();
    }

    private static OcrLine? WithoutNoise(OcrLine line)
    {
        var words = line.Words.Where(w => w.Confidence >= NoiseConfidence || w.Text.Any(char.IsLetterOrDigit)).ToList();
        if (words.Count == 0 || !words.Any(w => w.Text.Any(char.IsLetterOrDigit))) return null;
        return words.Count == line.Words.Count ? line : new OcrLine(words, BoxGeometry.Union(words.Select(w => w.Box)));
    }

    private static double MeanConfidence(List<OcrLine> lines) => lines.Count == 0 ? 0 : lines.Average(l => l.Confidence);
}
