using Extraction.Text;

namespace Extraction.Learning.Alignment;

/// <summary>Loose comparison of a read line with a gold value, on the folded letters and digits only,
/// so OCR slips ("CHUYÊN ĐỔI SỐ", "Thường tực", "Bệ Tài chính") still match: character trigrams,
/// counted on the line's side ("how much of this line is that value").</summary>
internal static class FuzzyText
{
    /// <summary>Lower case, no diacritics, every run of other characters one space.</summary>
    public static string Normalize(string text)
    {
        var folded = VietnameseText.FoldLower(text);
        var chars = new char[folded.Length];
        var length = 0;
        foreach (var c in folded)
        {
            var kept = char.IsLetterOrDigit(c) ? c : ' ';
            if (kept == ' ' && (length == 0 || chars[length - 1] == ' ')) continue;
            chars[length++] = kept;
        }
        return new string(chars, 0, length).TrimEnd();
    }

    public static HashSet<string> Trigrams(string normalized)
    {
        var padded = " " + normalized + " ";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++) grams.Add(padded.Substring(i, 3));
        return grams;
    }

    /// <summary>The share of <paramref name="line"/>'s trigrams that <paramref name="target"/> holds too.</summary>
    public static double Coverage(HashSet<string> line, HashSet<string> target)
    {
        if (line.Count == 0) return 0;
        var shared = 0;
        foreach (var gram in line) if (target.Contains(gram)) shared++;
        return (double)shared / line.Count;
    }

    /// <summary>Both ways: the line is the value and the value is the line.</summary>
    public static double Similarity(HashSet<string> a, HashSet<string> b) => Math.Min(Coverage(a, b), Coverage(b, a));
}
