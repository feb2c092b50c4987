namespace Extraction.Reading.Ocr;

/// <summary>
/// How the recognised image relates to the page image as received: scaled, then deskewed about its
/// centre, then turned by quarter turns. Maps boxes back so word positions refer to the original.
/// </summary>
internal sealed record PageGeometry(int SourceWidth, int SourceHeight, double Scale, double SkewDegrees, int QuarterTurns)
{
    private double ScaledWidth => SourceWidth * Scale;
    private double ScaledHeight => SourceHeight * Scale;

    /// <summary>A box of the recognised image, in the source image's pixels.</summary>
    public Box ToSource(Box box)
    {
        var (width, height) = QuarterTurns % 2 == 0 ? (box.Width, box.Height) : (box.Height, box.Width);
        var (centreX, centreY) = Unturn(box.Left + box.Width / 2, box.Top + box.Height / 2);
        (centreX, centreY) = Unskew(centreX, centreY);
        return new Box(
            Math.Round((centreX - width / 2) / Scale, 1), Math.Round((centreY - height / 2) / Scale, 1),
            Math.Round(width / Scale, 1), Math.Round(height / Scale, 1));
    }

    public OcrLine ToSource(OcrLine line) =>
        new([.. line.Words.Select(w => w with { Box = ToSource(w.Box), Glyphs = [] })], ToSource(line.Box));

    // Undo a clockwise turn by QuarterTurns × 90° of the deskewed image (size ScaledWidth × ScaledHeight).
    private (double X, double Y) Unturn(double x, double y) => (((QuarterTurns % 4) + 4) % 4) switch
    {
        1 => (y, ScaledHeight - x),
        2 => (ScaledWidth - x, ScaledHeight - y),
        3 => (ScaledWidth - y, x),
        _ => (x, y),
    };

    // Leptonica rotates clockwise-positive about the centre, keeping the size; undo it.
    private (double X, double Y) Unskew(double x, double y)
    {
        if (SkewDegrees == 0) return (x, y);
        var angle = -SkewDegrees * Math.PI / 180;
        double dx = x - ScaledWidth / 2, dy = y - ScaledHeight / 2;
        return (ScaledWidth / 2 + dx * Math.Cos(angle) - dy * Math.Sin(angle),
                ScaledHeight / 2 + dx * Math.Sin(angle) + dy * Math.Cos(angle));
    }
}
