using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Extraction.Text.Legacy;

/// <summary>
/// Whether a word has the shape of one Vietnamese syllable: an optional initial consonant, one to
/// three vowels, an optional final consonant, and at most one tone mark. Used to tell which reading
/// of a legacy-encoded word (as is, TCVN3 or VNI) is Vietnamese.
/// </summary>
public static partial class VietnameseSyllable
{
    public static bool IsSyllable(string word)
    {
        var plain = new StringBuilder(word.Length);
        var tones = 0;
        foreach (var c in word)
        {
            if (c >= Letters.Length) return false;
            var letter = Letters[c];
            if (letter.Base == '\0') return false;
            tones += letter.Tones;
            plain.Append(letter.Base);
        }
        return tones <= 1 && Shape().IsMatch(plain.Replace("\u200B", "").ToString());
    }

    /// <summary>Each character as its lower-case letter without tone (keeping the vowel marks of ă, â,
    /// ê, ô, ơ, ư) and how many tone marks it carries; '\0' for a character no syllable holds.
    /// Built once from the Unicode decompositions, so the check needs no normalisation per word.</summary>
    private static readonly (char Base, int Tones)[] Letters = BuildLetters();

    private static (char, int)[] BuildLetters()
    {
        var table = new (char, int)[0x2000];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c)) continue;
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323') { table[i] = ('\u200B', 1); continue; }
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var shape = new StringBuilder();
            var tones = 0;
            var valid = true;
            foreach (var d in decomposed)
            {
                if (d is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323') tones++;
                else if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark && d is not ('\u0302' or '\u0306' or '\u031B')) valid = false;
                else shape.Append(d);
            }
            var composed = shape.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
            if (valid && composed.Length == 1) table[i] = (composed[0], tones);
        }
        return table;
    }

    [GeneratedRegex("^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(ch|ng|nh|[cmnpt])?$")]
    private static partial Regex Shape();
}
