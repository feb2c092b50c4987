using System.Text.RegularExpressions;
using Extraction.Reading;
using Extraction.Reading.Ocr;

namespace Extraction.Text;

/// <summary>The normalise stage: every line becomes NFC with OCR/markdown residue removed.</summary>
public sealed partial class TextNormalizer
{
    public static readonly TextNormalizer Instance = new();

    public LetterText Normalize(ReadDocument document)
    {
        var lines = new List<Line>();
        foreach (var page in document.Pages)
        {
            var pageLine = 0;
            foreach (var line in page.Lines)
            {
                var text = CleanLine(line.Text);
                if (text.Length == 0) continue;
                lines.Add(new Line(lines.Count, text, page.Number, ++pageLine, line.Origin, line.Confidence, line.Box));
            }
        }
        return new LetterText(lines);
    }

    /// <summary>A recognised page with each word cleaned as its line is, so that the words kept for the
    /// searchable PDF and ALTO are the words of the stored text; words and lines left empty are dropped.</summary>
    public OcrPage Normalize(OcrPage page)
    {
        var lines = new List<OcrLine>();
        foreach (var line in page.Lines)
        {
            var words = line.Words.Select(w => w with { Text = CleanLine(w.Text) }).Where(w => w.Text.Length > 0).ToList();
            if (words.Count > 0) lines.Add(words.Count == line.Words.Count ? line with { Words = words } : new OcrLine(words, BoxGeometry.Union(words.Select(w => w.Box))));
        }
        return page with { Lines = lines };
    }

    public static string CleanLine(string raw)
    {
        var text = VietnameseText.Nfc(raw);
        if (text.AsSpan().IndexOfAny("^#*_") >= 0)
        {
            text = Superscript().Replace(text, "");
            text = MarkdownHeading().Replace(text, "");
            text = text.Replace("**", "").Replace("__", "");
            text = Emphasis().Replace(text, "$1");
        }
        text = text.Replace('\u00A0', ' ').Replace('\u200B', ' ').Replace('\uFEFF', ' ');
        // OCR reads Đ as the Icelandic eth (Ð, ð), which looks the same but is another letter, and
        // sometimes doubles it ("HĐÐĐND"); Vietnamese has neither.
        if (text.AsSpan().IndexOfAny('Ð', 'ð') >= 0) text = RepeatedD().Replace(text.Replace('Ð', 'Đ').Replace('ð', 'đ'), "Đ");
        // Tesseract reads a small i as the Spanish "¡" now and then ("P.KTTHT¡en31"); Vietnamese has no "¡".
        if (text.Contains('¡')) text = InvertedI().Replace(text, "i");
        return VietnameseText.CollapseSpaces(text).Trim();
    }

    // Where an "i" stands in a word, or as the list label "i)" (shared/notes/ocr.md: "i) → ¡)").
    [GeneratedRegex(@"¡(?=\p{L})|(?<=\p{L})¡|^¡(?=[).])")]
    private static partial Regex InvertedI();

    // "^{1}" footnote marks that OCR-to-markdown tools leave behind.
    [GeneratedRegex(@"\^\{[^}]*\}")]
    private static partial Regex Superscript();

    // "*trong tháng 6/2024*": single-star emphasis; a leading "* " bullet is left alone.
    [GeneratedRegex(@"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"Đ{2,}")]
    private static partial Regex RepeatedD();

    [GeneratedRegex(@"^\s*#{1,6}\s+")]
    private static partial Regex MarkdownHeading();
}
