using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using Extraction.Text;
using Extraction.Text.Legacy;

namespace Extraction.Reading.Docx;

/// <summary>The visible text of one Word paragraph, split at manual line breaks, in Unicode NFC.</summary>
internal static class DocxParagraphText
{
    public static IEnumerable<string> Lines(Paragraph paragraph, DocxRunFonts fonts)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        // Runs of nested paragraphs (text boxes) belong to those paragraphs, not this one.
        foreach (var run in paragraph.Descendants<Run>().Where(r => r.Ancestors<Paragraph>().FirstOrDefault() == paragraph))
        {
            var font = fonts.FontOf(run, paragraph);
            var allCaps = run.RunProperties?.Caps is { } caps && (caps.Val?.Value ?? true);
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Text text:
                        current.Append(Visible(text.Text, font, allCaps, fonts));
                        break;
                    case TabChar:
                        current.Append(' ');
                        break;
                    case Break or CarriageReturn:
                        lines.Add(current.ToString());
                        current.Clear();
                        break;
                }
            }
        }
        lines.Add(current.ToString());
        return lines.Select(l => VietnameseText.Nfc(l).Trim()).Where(l => l.Length > 0);
    }

    private static string Visible(string text, string? font, bool allCaps, DocxRunFonts fonts)
    {
        if (LegacyEncodings.OfFont(font) is { } legacy && !text.Any(c => c > '\u00FF'))
        {
            fonts.LegacyFound.Add(legacy);
            text = LegacyTextConverter.ConvertFontRun(text, legacy, LegacyEncodings.IsCapitalsFont(font));
        }
        return allCaps ? text.ToUpperInvariant() : text;
    }
}
