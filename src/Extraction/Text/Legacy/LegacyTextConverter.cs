using System.Text;

namespace Extraction.Text.Legacy;

/// <summary>Turns legacy-encoded plain text into Unicode NFC.</summary>
public static class LegacyTextConverter
{
    /// <summary>Converts one line. For TCVN3, which has no capital toned vowels, a word typed in capitals
    /// ("CéNG HßA X· HéI") gets its toned vowels capitalised too ("CỘNG HÒA XÃ HỘI").</summary>
    public static string Convert(string line, LegacyEncoding encoding)
    {
        var table = LegacyCodeTable.For(encoding);
        var decoded = table.Decode(line);
        return encoding == LegacyEncoding.Tcvn3 ? CapitaliseCapitalWords(line, decoded) : decoded;
    }

    /// <summary>Converts a run of text drawn in a legacy font; a TCVN3 capitals font draws every letter as a capital.</summary>
    public static string ConvertFontRun(string run, LegacyEncoding encoding, bool capitalsFont)
    {
        var decoded = LegacyCodeTable.For(encoding).Decode(run);
        return capitalsFont ? decoded.ToUpperInvariant() : decoded;
    }

    // TCVN3 decoding is one character for one, so the legacy line and the decoded line align.
    private static string CapitaliseCapitalWords(string legacy, string decoded)
    {
        if (legacy.Length != decoded.Length) return decoded;
        var words = LegacyTextDetector.WordSpans(decoded);
        var capital = words.Select(w => CapitalLetters(legacy.AsSpan(w.Start, w.Length)) >= 2).ToArray();
        var builder = new StringBuilder(decoded);
        for (var i = 0; i < words.Count; i++)
        {
            var (start, length) = words[i];
            var legacyWord = legacy.AsSpan(start, length);
            var neighbourIsCapital = (i > 0 && capital[i - 1] && OnlySpacesBetween(decoded, words[i - 1], words[i]))
                                     || (i + 1 < words.Count && capital[i + 1] && OnlySpacesBetween(decoded, words[i], words[i + 1]));
            if (capital[i] || (neighbourIsCapital && CapitalLetters(legacyWord) >= 1))
                for (var j = start; j < start + length; j++) builder[j] = char.ToUpperInvariant(builder[j]);
            else if (StartsSentence(decoded, start) && legacyWord[0] != decoded[start])
                builder[start] = char.ToUpperInvariant(builder[start]);
        }
        return builder.ToString();
    }

    private static bool OnlySpacesBetween(string text, (int Start, int Length) left, (int Start, int Length) right) =>
        text.AsSpan(left.Start + left.Length, right.Start - left.Start - left.Length).IsWhiteSpace();

    // Capitals among the plain ASCII letters of a word typed in capitals (its toned vowels carry no case); -1 when it has a small letter.
    private static int CapitalLetters(ReadOnlySpan<char> legacyWord)
    {
        var capitals = 0;
        foreach (var c in legacyWord)
        {
            if (c is >= 'a' and <= 'z') return -1;
            if (c is >= 'A' and <= 'Z') capitals++;
        }
        return capitals;
    }

    // A toned vowel that opens a line or a sentence ("ñy ban" = "Ủy ban") was a capital in the original.
    private static bool StartsSentence(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(" -•\t");
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or ':';
    }
}
