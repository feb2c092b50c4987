using Extraction.Reading;
using Extraction.Reading.Ocr;
using static Extraction.Archival.PdfObjectWriter;

namespace Extraction.Archival;

/// <summary>
/// A page recognised after quarter turns, seen the way it was read. Recognised boxes are in the
/// pixels of the image as received, so on a page scanned sideways or upside down the lines run up,
/// down or right to left there. Turned upright they can be laid out as ordinary lines, then put back
/// on the received page by one transformation.
/// </summary>
internal static class UprightView
{
    /// <summary>The clockwise quarter turns, 0 to 3, that recognition gave the received image.</summary>
    public static int QuarterTurns(OcrPage page) => (page.Preparation.QuarterTurns % 4 + 4) % 4;

    /// <summary>The page with its size and every box turned as recognition turned the image.</summary>
    public static OcrPage Of(OcrPage page)
    {
        var turns = QuarterTurns(page);
        if (turns == 0) return page;
        Box Turn(Box b) => turns switch
        {
            1 => new Box(page.Height - b.Top - b.Height, b.Left, b.Height, b.Width),
            2 => new Box(page.Width - b.Left - b.Width, page.Height - b.Top - b.Height, b.Width, b.Height),
            _ => new Box(b.Top, page.Width - b.Left - b.Width, b.Height, b.Width),
        };
        var (width, height) = turns == 2 ? (page.Width, page.Height) : (page.Height, page.Width);
        return page with
        {
            Width = width,
            Height = height,
            Lines = [.. page.Lines.Select(l => new OcrLine([.. l.Words.Select(w => w with { Box = Turn(w.Box) })], Turn(l.Box)))],
        };
    }

    /// <summary>The operands of a PDF <c>cm</c> that puts points of the upright page (y up) on the received
    /// page, which is <paramref name="width"/> × <paramref name="height"/> points.</summary>
    public static string PlacingMatrix(int quarterTurns, double width, double height) => quarterTurns switch
    {
        1 => $"0 1 -1 0 {Number(width)} 0",
        2 => $"-1 0 0 -1 {Number(width)} {Number(height)}",
        3 => $"0 -1 1 0 0 {Number(height)}",
        _ => "1 0 0 1 0 0",
    };

    /// <summary>The counter-clockwise angle of the text on the received page, as ALTO's <c>ROTATION</c> gives it.</summary>
    public static int TextAngle(OcrPage page) => 90 * QuarterTurns(page);
}
