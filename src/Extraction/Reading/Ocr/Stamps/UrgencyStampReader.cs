using System.Text.RegularExpressions;
using Extraction.Reading.Ocr.Native;
using Extraction.Text;

namespace Extraction.Reading.Ocr.Stamps;

/// <summary>
/// The urgency of a letter is often a red stamp ("HỎA TỐC", "THƯỢNG KHẨN", "KHẨN"), set at a slant
/// under the letterhead. The page's grey image is made from the brightest channel so that red seals do
/// not cover the text (docs/ocr.md), which pales the stamp out of the recognised text too. Here the red
/// ink of the top half of a colour first page is found, each blob of it turned level along its
/// ink's main direction and read on its own; a blob that reads as an urgency gives one line.
/// </summary>
internal sealed partial class UrgencyStampReader
{
    // Found on a copy of the page at this resolution; letters of one stamp lie within the reach of one another.
    private const int SearchResolution = 50;
    private const int ReachPixels = 2;
    private const double ShortestStampInches = 0.35;
    private const double LongestStampInches = 3.0;
    private const double MarginInches = 0.08;

    public OcrLine? Read(Pix page, int resolution, TesseractEngine engine)
    {
        if (page.Depth != 32) return null;
        var factor = (float)Math.Min(1.0, (double)SearchResolution / resolution);
        using var small = Pix.OwnResult(LeptonicaApi.pixScale(page.Pointer, factor, factor), "reduce the page to look for stamps");
        var mask = RedInk.Mask(small.CopyWords(out var wordsPerLine), wordsPerLine, small.Width, small.Height);
        var searchResolution = (double)resolution * factor;
        foreach (var blob in StampShape.Blobs(mask, small.Width, small.Height, ReachPixels))
        {
            var longSide = Math.Max(blob.Width, blob.Height) / searchResolution;
            // An urgency stamp sits above the body; the signer's seal is lower down.
            if (longSide is < ShortestStampInches or > LongestStampInches || blob.Top + blob.Height / 2.0 > small.Height / 2.0) continue;
            var margin = (int)(MarginInches * resolution);
            var left = Math.Max(0, (int)(blob.Left / factor) - margin);
            var top = Math.Max(0, (int)(blob.Top / factor) - margin);
            var right = Math.Min(page.Width, (int)((blob.Left + blob.Width) / factor) + margin);
            var bottom = Math.Min(page.Height, (int)((blob.Top + blob.Height) / factor) + margin);
            if (ReadBlob(page, new PixelRect(left, top, right - left, bottom - top), resolution, engine) is { } line) return line;
        }
        return null;
    }

    private static OcrLine? ReadBlob(Pix page, PixelRect area, int resolution, TesseractEngine engine)
    {
        using var crop = page.Clip(area.Left, area.Top, area.Width, area.Height);
        var ink = RedInk.Mask(crop.CopyWords(out var wordsPerLine), wordsPerLine, crop.Width, crop.Height);
        var direction = StampShape.Direction(ink, crop.Width);
        var letters = StampShape.WithoutFrame(ink, crop.Width, crop.Height);
        // The main direction has two senses; a stamp read upside down gives nothing, so the other is tried.
        foreach (var turn in new[] { direction, direction + 180 })
        {
            var (grey, width, height) = StampShape.Levelled(letters, crop.Width, crop.Height, turn);
            using var levelled = Pix.FromSamples(grey, width, height, 1);
            var (text, confidence) = engine.RecognizeBlock(levelled, resolution);
            if (Urgency(text) is { } urgency) return Line(urgency, area, confidence);
        }
        return null;
    }

    /// <summary>The urgency as a line of words over the stamp, the stamp's width shared among them by
    /// their length (a slanted stamp has no better box per word).</summary>
    private static OcrLine Line(string urgency, PixelRect area, double confidence)
    {
        var words = urgency.Split(' ');
        var share = (double)area.Width / words.Sum(w => w.Length + 1);
        var left = (double)area.Left;
        var placed = new List<OcrWord>();
        foreach (var word in words)
        {
            placed.Add(new OcrWord(word, new Box(Math.Round(left, 1), area.Top, Math.Round(word.Length * share, 1), area.Height), confidence));
            left += (word.Length + 1) * share;
        }
        return new OcrLine(placed, new Box(area.Left, area.Top, area.Width, area.Height));
    }

    /// <summary>The urgency a stamp's text names, as printed in capitals; null when it names none.</summary>
    internal static string? Urgency(string text)
    {
        var folded = VietnameseText.FoldLower(text);
        if (ThuongKhan().IsMatch(folded)) return "THƯỢNG KHẨN";
        if (HoaToc().IsMatch(folded)) return "HỎA TỐC";
        return Khan().IsMatch(folded) ? "KHẨN" : null;
    }

    [GeneratedRegex(@"\bthuong\s*khan\b")]
    private static partial Regex ThuongKhan();

    [GeneratedRegex(@"\bhoa\s*toc\b")]
    private static partial Regex HoaToc();

    // "Khẩn" alone: red text that says "khẩn trương" somewhere is no stamp.
    [GeneratedRegex(@"^[^\p{L}]*khan[^\p{L}]*$")]
    private static partial Regex Khan();
}
