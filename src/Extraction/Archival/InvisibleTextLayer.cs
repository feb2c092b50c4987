using System.Text;
using Extraction.Reading.Ocr;
using static Extraction.Archival.PdfObjectWriter;

namespace Extraction.Archival;

/// <summary>
/// The content that lays a page's recognised words, invisible (text render mode 3), over its image:
/// each word stretched horizontally to its box (with the space after it, to the next word), the words of a line on one baseline and almost as
/// tall as the line, so that viewers select and find text where it is printed. A space follows every
/// word, a line's last too, so that text extraction never runs one line's last word into the next's first.
/// </summary>
internal static class InvisibleTextLayer
{
    public const string FontName = "/F1";
    // The share of its line's height a word's glyphs take, centred on the line. Lines of Vietnamese
    // (stacked diacritics) overlap their neighbours; text as tall as its box makes poppler take two
    // lines for one and run the last word of one into the first of the next.
    private const double GlyphShare = 0.8;

    /// <param name="pointsPerPixel">72 divided by the image's resolution.</param>
    /// <param name="pageHeight">The page's height in points (PDF's y axis points up).</param>
    public static string Of(OcrPage page, double pointsPerPixel, double pageHeight)
    {
        var content = new StringBuilder();
        foreach (var line in page.Lines.SelectMany(Rows))
        {
            var height = line.Box.Height * pointsPerPixel;
            var size = Math.Max(1, GlyphShare * height);
            var baseline = pageHeight - (line.Box.Top + line.Box.Height) * pointsPerPixel + (1 - GlyphShare) / 2 * height;
            content.Append($"BT {FontName} {Number(size)} Tf 3 Tr\n");
            for (var i = 0; i < line.Words.Count; i++)
            {
                var word = line.Words[i];
                var text = word.Text + " ";
                // A word and its space reach the next word's start, even where OCR gave the word a box running
                // over the next one (the space must end before the next word, or poppler joins the two); a
                // line's last word fills its own box.
                var toNext = i + 1 < line.Words.Count ? line.Words[i + 1].Box.Left - word.Box.Left : 0;
                var (span, codes) = toNext > 0 ? (toNext, text.Length) : (word.Box.Width, word.Text.Length);
                var stretch = Math.Max(0.01, span * pointsPerPixel / (GlyphlessFont.Advance / 1000 * size * codes));
                content.Append($"{Number(stretch)} 0 0 1 {Number(word.Box.Left * pointsPerPixel)} {Number(baseline)} Tm <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}> Tj\n");
            }
            content.Append("ET\n");
        }
        return content.ToString();
    }

    /// <summary>The rows a line is laid out on: itself, or, for a line taller than it is wide (OCR reading
    /// a column of marks down a margin as one line), each word on its own, so that its words are not piled
    /// onto one baseline in a font as tall as the column.</summary>
    private static IEnumerable<OcrLine> Rows(OcrLine line) =>
        line.Box.Height > line.Box.Width && line.Words.Count > 1 ? line.Words.Select(w => new OcrLine([w], w.Box)) : [line];
}
