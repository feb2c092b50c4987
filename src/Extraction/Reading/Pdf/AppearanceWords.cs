using Extraction.Text;

namespace Extraction.Reading.Pdf;

/// <summary>Groups appearance-stream glyphs (already on the page, y up) into words with a top-left origin.</summary>
internal static class AppearanceWords
{
    public static IReadOnlyList<PlacedWord> Of(IReadOnlyList<AppearanceGlyph> glyphs, double pageHeight)
    {
        var words = new List<PlacedWord>();
        var lines = new List<List<AppearanceGlyph>>();
        foreach (var glyph in glyphs.OrderByDescending(g => g.Baseline))
        {
            if (lines.Count > 0 && Math.Abs(lines[^1][0].Baseline - glyph.Baseline) <= 0.5 * Math.Max(glyph.Size, 1)) lines[^1].Add(glyph);
            else lines.Add([glyph]);
        }
        foreach (var line in lines)
        {
            var current = new List<AppearanceGlyph>();
            foreach (var glyph in line.OrderBy(g => g.Left))
            {
                var splits = current.Count > 0 && glyph.Left - current[^1].Right > 0.2 * glyph.Size;
                if (string.IsNullOrWhiteSpace(glyph.Text) || splits) Flush(current, words, pageHeight);
                if (!string.IsNullOrWhiteSpace(glyph.Text)) current.Add(glyph);
            }
            Flush(current, words, pageHeight);
        }
        return words;
    }

    private static void Flush(List<AppearanceGlyph> glyphs, List<PlacedWord> words, double pageHeight)
    {
        if (glyphs.Count == 0) return;
        var size = glyphs.Max(g => g.Size);
        var baseline = pageHeight - glyphs[0].Baseline;
        words.Add(new PlacedWord(VietnameseText.Nfc(string.Concat(glyphs.Select(g => g.Text))), glyphs[0].Left, glyphs[^1].Right,
            baseline - 0.8 * size, baseline + 0.2 * size, baseline, size));
        glyphs.Clear();
    }
}
