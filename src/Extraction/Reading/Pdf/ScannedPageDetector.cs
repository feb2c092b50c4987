using UglyToad.PdfPig.Content;

namespace Extraction.Reading.Pdf;

/// <summary>
/// Decides whether a page's text layer is the letter or whether the page is a scanned image that
/// needs OCR. Many scans carry a text layer holding only an e-signature stamp laid over the image:
/// such a page still needs OCR.
/// </summary>
public static class ScannedPageDetector
{
    // A real letter page holds far more than this many letters outside a stamp.
    private const int MinimumLetterCount = 40;
    private const double MinimumImageCoverage = 0.5;

    public static bool NeedsOcr(Page page, IEnumerable<string> textLayerLines)
    {
        var letters = textLayerLines.Where(l => !SignatureStampText.IsStampLine(l)).Sum(l => l.Count(char.IsLetterOrDigit));
        if (letters >= MinimumLetterCount) return false;
        return ImageCoverage(page) >= MinimumImageCoverage;
    }

    private static double ImageCoverage(Page page)
    {
        var pageArea = page.Width * page.Height;
        if (pageArea <= 0) return 0;
        var covered = page.GetImages()
            .Select(i => i.BoundingBox)
            .Sum(b => Math.Max(0, Math.Min(b.Right, page.Width) - Math.Max(b.Left, 0)) * Math.Max(0, Math.Min(b.Top, page.Height) - Math.Max(b.Bottom, 0)));
        return Math.Min(1, covered / pageArea);
    }
}
