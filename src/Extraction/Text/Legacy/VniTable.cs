namespace Extraction.Text.Legacy;

/// <summary>
/// VNI-Windows: a vowel is written as its base letter followed by one mark byte that carries the
/// tone and, for â ê ô ă, the hat or breve ("oä" = ộ, "aø" = à). ơ, ư, đ and the toned i's are single
/// bytes. Mark bytes come in a lower-case and an upper-case form; the letter's case is the base's.
/// Bytes are shown as the Latin-1 characters a byte-for-byte reading gives.
/// </summary>
internal static class VniTable
{
    // Tone marks after a plain vowel: acute, grave, hook, tilde, dot (lower- and upper-case byte).
    private static readonly (string Marks, char Combining)[] Tones =
    [
        ("ùÙ", '\u0301'), ("øØ", '\u0300'), ("ûÛ", '\u0309'), ("õÕ", '\u0303'), ("ïÏ", '\u0323'),
    ];

    // Marks that add a circumflex to a, e, o, with the tone they also carry (none, acute, grave, hook, tilde, dot).
    private static readonly (string Marks, char? Tone)[] Circumflex =
    [
        ("âÂ", null), ("áÁ", '\u0301'), ("àÀ", '\u0300'), ("åÅ", '\u0309'), ("ãÃ", '\u0303'), ("äÄ", '\u0323'),
    ];

    // Marks that add a breve to a.
    private static readonly (string Marks, char? Tone)[] Breve =
    [
        ("êÊ", null), ("éÉ", '\u0301'), ("èÈ", '\u0300'), ("úÚ", '\u0309'), ("üÜ", '\u0303'), ("ëË", '\u0323'),
    ];

    private static readonly (char Legacy, char Letter)[] SingleBytes =
    [
        ('ô', 'ơ'), ('Ô', 'Ơ'), ('ö', 'ư'), ('Ö', 'Ư'), ('ñ', 'đ'), ('Ñ', 'Đ'),
        ('í', 'í'), ('Í', 'Í'), ('ì', 'ì'), ('Ì', 'Ì'), ('æ', 'ỉ'), ('Æ', 'Ỉ'), ('ó', 'ĩ'), ('Ó', 'Ĩ'),
        ('ò', 'ị'), ('Ò', 'Ị'), ('î', 'ỵ'), ('Î', 'Ỵ'),
    ];

    public static readonly LegacyCodeTable Instance = new(LegacyEncoding.Vni, Build());

    private static Dictionary<string, char> Build()
    {
        var map = new Dictionary<string, char>();
        foreach (var (legacy, letter) in SingleBytes) map[legacy.ToString()] = letter;

        // Plain vowels and the single-byte ơ/ư take a tone mark after them.
        foreach (var (baseLetter, baseLegacy) in new[] { ('a', "a"), ('e', "e"), ('o', "o"), ('u', "u"), ('y', "y"), ('ơ', "ô"), ('ư', "ö") })
        foreach (var (marks, combining) in Tones)
            AddBothCases(map, baseLegacy, baseLetter, marks, combining.ToString());

        foreach (var vowel in "aeo")
        foreach (var (marks, tone) in Circumflex)
            AddBothCases(map, vowel.ToString(), vowel, marks, "\u0302" + tone);

        foreach (var (marks, tone) in Breve)
            AddBothCases(map, "a", 'a', marks, "\u0306" + tone);
        return map;
    }

    private static void AddBothCases(Dictionary<string, char> map, string baseLegacy, char baseLetter, string marks, string combining)
    {
        var lower = (baseLetter + combining).Normalize(System.Text.NormalizationForm.FormC);
        var upper = (char.ToUpperInvariant(baseLetter) + combining).Normalize(System.Text.NormalizationForm.FormC);
        var upperLegacy = baseLegacy.ToUpperInvariant();
        foreach (var mark in marks)
        {
            map[baseLegacy + mark] = lower[0];
            map[upperLegacy + mark] = upper[0];
        }
    }
}
