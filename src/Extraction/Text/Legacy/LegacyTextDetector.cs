namespace Extraction.Text.Legacy;

/// <summary>
/// Tells whether plain text is TCVN3 or VNI read as Latin-1 / Windows-1252 ("Céng hßa", "Coäng hoøa")
/// rather than Unicode. Each word holding a byte of the upper half votes for the readings under which
/// it is a Vietnamese syllable; Unicode-only Vietnamese letters (ă, đ, ơ, ư, ạ...) vote for Unicode.
/// </summary>
public static class LegacyTextDetector
{
    // Fewer legacy-looking words than this is not enough evidence to rewrite a letter.
    private const int MinimumVotes = 3;

    public static LegacyEncoding? Detect(IEnumerable<string> lines)
    {
        var unicode = 0;
        var candidates = new List<(string Line, int Start, int Length)>();
        foreach (var line in lines)
        {
            var start = -1;
            for (var i = 0; i <= line.Length; i++)
            {
                var inWord = i < line.Length && IsWordCharacter(line[i]);
                if (inWord && start < 0) start = i;
                if (inWord || start < 0) continue;
                var word = line.AsSpan(start, i - start);
                if (HasUnicodeOnlyLetter(word)) unicode++;
                else if (word.ContainsAnyInRange('\u00A0', '\u00FF')) candidates.Add((line, start, i - start));
                start = -1;
            }
        }
        // Each candidate votes for one reading at most: when they cannot outvote the Unicode words,
        // the syllable checks (the costly part) are not needed. Ordinary Unicode letters stop here.
        if (candidates.Count < MinimumVotes || candidates.Count <= unicode) return null;
        int tcvn3 = 0, vni = 0, remaining = candidates.Count;
        foreach (var (line, start, length) in candidates)
        {
            // Stop as soon as the words left cannot give either reading the votes it needs.
            if (Math.Max(tcvn3, vni) + remaining-- <= Math.Max(unicode, MinimumVotes - 1)) return null;
            var word = line.Substring(start, length);
            if (VietnameseSyllable.IsSyllable(word)) continue;
            if (VietnameseSyllable.IsSyllable(Tcvn3Table.Instance.Decode(word))) tcvn3++;
            if (VietnameseSyllable.IsSyllable(VniTable.Instance.Decode(word))) vni++;
        }
        var best = Math.Max(tcvn3, vni);
        if (best < MinimumVotes || best <= unicode || tcvn3 == vni) return null;
        return tcvn3 > vni ? LegacyEncoding.Tcvn3 : LegacyEncoding.Vni;
    }

    internal static List<(int Start, int Length)> WordSpans(string text)
    {
        var spans = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordCharacter(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                spans.Add((start, i - start));
                start = -1;
            }
        }
        return spans;
    }

    // Letters, combining marks, and every Latin-1 symbol: TCVN3 uses most of them as letters
    // ("·" is ã, "×" is ì, the soft hyphen is ư).
    internal static bool IsWordCharacter(char c) => char.IsLetter(c) || c is > '\u00A0' and <= '\u00FF' or >= '\u0300' and <= '\u0323';

    private static bool HasUnicodeOnlyLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (c is 'ă' or 'Ă' or 'đ' or 'Đ' or 'ơ' or 'Ơ' or 'ư' or 'Ư' or >= '\u1EA0' and <= '\u1EF9' or >= '\u0300' and <= '\u0323')
                return true;
        return false;
    }
}
