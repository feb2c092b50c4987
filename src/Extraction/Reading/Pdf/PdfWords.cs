using System.Text;
using Extraction.Text;
using Extraction.Text.Legacy;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.Util;

namespace Extraction.Reading.Pdf;

/// <summary>The words of a page's text layer, in Unicode NFC, placed with a top-left origin.
/// Text drawn in a legacy Vietnamese font (.VnTime = TCVN3, VNI-Times = VNI) is converted run by run.</summary>
public static class PdfWords
{
    public static IReadOnlyList<PlacedWord> Of(Page page, ISet<LegacyEncoding> legacyFound)
    {
        // Fake bold (the same glyph drawn twice, slightly offset) would otherwise double every letter.
        var letters = DuplicateOverlappingTextProcessor.Get(page.Letters);
        return DefaultWordExtractor.Instance.GetWords(letters)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .Select(w => Place(w, page.Height, legacyFound))
            .ToList();
    }

    private static PlacedWord Place(Word word, double pageHeight, ISet<LegacyEncoding> legacyFound)
    {
        // Left and right come from the glyphs' advances, not their outlines: a font without embedded
        // outlines (common for .VnTime text) gives every glyph its whole font box, so boxes overlap.
        var box = word.BoundingBox;
        var first = word.Letters[0];
        var left = Math.Min(first.StartBaseLine.X, word.Letters[^1].EndBaseLine.X);
        var right = Math.Max(first.StartBaseLine.X, word.Letters[^1].EndBaseLine.X);
        return new PlacedWord(TextOf(word, legacyFound), left, right, pageHeight - box.Top, pageHeight - box.Bottom,
            pageHeight - first.StartBaseLine.Y, first.PointSize);
    }

    private static string TextOf(Word word, ISet<LegacyEncoding> legacyFound)
    {
        var text = new StringBuilder();
        foreach (var run in FontRuns(word.Letters))
        {
            var encoding = LegacyEncodings.OfFont(run.Font);
            // A legacy-named font that already maps to Unicode Vietnamese needs no conversion.
            if (encoding is { } legacy && !run.Text.Any(c => c > '\u00FF'))
            {
                text.Append(LegacyTextConverter.ConvertFontRun(run.Text, legacy, LegacyEncodings.IsCapitalsFont(run.Font)));
                legacyFound.Add(legacy);
            }
            else text.Append(run.Text);
        }
        return VietnameseText.Nfc(text.ToString());
    }

    private static IEnumerable<(string? Font, string Text)> FontRuns(IReadOnlyList<Letter> letters)
    {
        var start = 0;
        for (var i = 1; i <= letters.Count; i++)
        {
            if (i < letters.Count && letters[i].FontName == letters[start].FontName) continue;
            yield return (letters[start].FontName, string.Concat(letters.Skip(start).Take(i - start).Select(l => l.Value)));
            start = i;
        }
    }
}
