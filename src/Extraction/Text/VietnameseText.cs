using System.Globalization;
using System.Text;

namespace Extraction.Text;

/// <summary>Unicode helpers every stage shares: NFC, diacritic folding and tone-placement twins.</summary>
public static class VietnameseText
{
    public static string Nfc(string text) =>
        IsSurelyNfc(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    // Vietnamese in NFC uses only precomposed letters (Latin-1, Latin Extended-A/B, Latin Extended
    // Additional); text without combining marks or other scripts needs no ICU check. This keeps
    // the check off the hot path: every line is folded several times.
    private static bool IsSurelyNfc(string text)
    {
        var rest = text.AsSpan();
        int at;
        while ((at = rest.IndexOfAnyExceptInRange('\0', '\u02FF')) >= 0)
        {
            if (rest[at] is not (>= '\u1E00' and <= '\u1EFF' or >= '\u2000' and <= '\u206F')) return false;
            rest = rest[(at + 1)..];
        }
        return true;
    }

    /// <summary>Removes every diacritic and maps đ/Đ to d/D: "Điều hành" → "Dieu hanh". On NFC input
    /// the result has the same length, character for character, so a match found in folded text can
    /// be cut from the original at the same positions.</summary>
    public static string Fold(string text)
    {
        var nfc = Nfc(text);
        return string.Create(nfc.Length, nfc, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = FoldChar(source[i]);
        });
    }

    /// <summary>Lower case and folded, same length as the NFC input: the form line patterns match on.</summary>
    public static string FoldLower(string text) => FoldLowerChars(Nfc(text));

    /// <summary>Lower case and folded, one output character per input character, without normalising
    /// first: for text already in NFC whose positions must stay those of the original.</summary>
    public static string FoldLowerChars(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = FoldLowerChar(source[i]);
        });

    /// <summary>ToLowerInvariant, one output character per input character.</summary>
    public static string LowerChars(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = Lower(source[i]);
        });

    // Tables, not char.ToLowerInvariant or Normalize per character: both go through ICU for every
    // letter outside ASCII, which was most of the pipeline's time on text letters.
    private const int TableSize = 0x2200;
    private static readonly char[] FoldTable = BuildFoldTable();
    private static readonly char[] LowerTable = BuildLowerTable();
    private static readonly char[] FoldLowerTable = BuildFoldLowerTable();

    public static char FoldChar(char c) => c < TableSize ? FoldTable[c] : c;

    /// <summary>char.ToLowerInvariant, by table for the letters Vietnamese text uses.</summary>
    public static char Lower(char c) => c < TableSize ? LowerTable[c] : char.ToLowerInvariant(c);

    public static char FoldLowerChar(char c) => c < TableSize ? FoldLowerTable[c] : char.ToLowerInvariant(c);

    private static char[] BuildLowerTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < table.Length; i++) table[i] = char.ToLowerInvariant((char)i);
        return table;
    }

    private static char[] BuildFoldLowerTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < table.Length; i++) table[i] = char.ToLowerInvariant(FoldChar(char.ToLowerInvariant((char)i)));
        return table;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                'đ' => 'd',
                'Đ' => 'D',
                _ when char.IsSurrogate(c) => c,
                _ => c.ToString().Normalize(NormalizationForm.FormD) is { Length: > 0 } d
                     && d.Skip(1).All(m => CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark)
                     && CharUnicodeInfo.GetUnicodeCategory(d[0]) != UnicodeCategory.NonSpacingMark ? d[0] : c,
            };
        }
        return table;
    }

    // Old-style tone placement puts the mark on the second vowel of oa/oe/uy ("hoà", "Uỷ");
    // new style puts it on the first ("hòa", "Ủy"). Both are correct Vietnamese and must compare equal.
    // Keyed by the toned second vowel (lower case): the plain first vowel and the new-style pair.
    private static readonly Dictionary<char, (char First, string New)> ToneTwins = new()
    {
        ['à'] = ('o', "òa"), ['á'] = ('o', "óa"), ['ả'] = ('o', "ỏa"), ['ã'] = ('o', "õa"), ['ạ'] = ('o', "ọa"),
        ['è'] = ('o', "òe"), ['é'] = ('o', "óe"), ['ẻ'] = ('o', "ỏe"), ['ẽ'] = ('o', "õe"), ['ẹ'] = ('o', "ọe"),
        ['ỳ'] = ('u', "ùy"), ['ý'] = ('u', "úy"), ['ỷ'] = ('u', "ủy"), ['ỹ'] = ('u', "ũy"), ['ỵ'] = ('u', "ụy"),
    };

    /// <summary>Rewrites old-style tone placement in new style ("Uỷ ban" → "Ủy ban"), keeping case.
    /// A final "uy" after "q" ("quý") is a different syllable shape and is left alone.</summary>
    public static string NewStyleTones(string text)
    {
        var nfc = Nfc(text);
        char[]? rewritten = null;
        for (var i = 1; i < nfc.Length; i++)
        {
            if (nfc[i] < '\u00C0' || !ToneTwins.TryGetValue(Lower(nfc[i]), out var twin) || Lower(nfc[i - 1]) != twin.First) continue;
            if (twin.First == 'u' && i > 1 && Lower(nfc[i - 2]) == 'q') continue;
            // Only at the end of a syllable: "hoàn" keeps its mark on 'a' in both styles.
            if (i + 1 < nfc.Length && char.IsLetter(nfc[i + 1])) continue;
            rewritten ??= nfc.ToCharArray();
            rewritten[i - 1] = char.IsUpper(nfc[i - 1]) ? char.ToUpperInvariant(twin.New[0]) : twin.New[0];
            rewritten[i] = char.IsUpper(nfc[i]) ? char.ToUpperInvariant(twin.New[1]) : twin.New[1];
        }
        return rewritten is null ? nfc : new string(rewritten);
    }

    /// <summary>A comparison key: NFC, new-style tones, lower case, single spaces.</summary>
    public static string Key(string text) =>
        CollapseSpaces(NewStyleTones(text).ToLowerInvariant());

    /// <summary>A comparison key that also forgives lost diacritics.</summary>
    public static string FoldedKey(string text) => Fold(Key(text));

    public static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = builder.Length > 0; continue; }
            if (pendingSpace) { builder.Append(' '); pendingSpace = false; }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>True when the letters of the text are all upper case (digits and punctuation ignored).</summary>
    public static bool IsUpperCase(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters > 0;
    }
}
