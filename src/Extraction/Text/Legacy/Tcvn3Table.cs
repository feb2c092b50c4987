namespace Extraction.Text.Legacy;

/// <summary>
/// TCVN 5712:1993 VN3 (the "ABC" encoding): byte values of each Vietnamese letter, from the
/// standard's code chart. Only the lower-case toned vowels have codes; the seven base capitals
/// Ă Â Ê Ô Ơ Ư Đ do too. Bytes are shown here as the Latin-1 characters a byte-for-byte reading gives.
/// </summary>
internal static class Tcvn3Table
{
    // Each row: a vowel, then the byte of its five toned forms in the order grave, hook, tilde, acute, dot.
    private static readonly (char Base, char Grave, char Hook, char Tilde, char Acute, char Dot, byte[] Codes)[] Rows =
    [
        ('a', 'à', 'ả', 'ã', 'á', 'ạ', [0xB5, 0xB6, 0xB7, 0xB8, 0xB9]),
        ('ă', 'ằ', 'ẳ', 'ẵ', 'ắ', 'ặ', [0xBB, 0xBC, 0xBD, 0xBE, 0xC6]),
        ('â', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', [0xC7, 0xC8, 0xC9, 0xCA, 0xCB]),
        ('e', 'è', 'ẻ', 'ẽ', 'é', 'ẹ', [0xCC, 0xCE, 0xCF, 0xD0, 0xD1]),
        ('ê', 'ề', 'ể', 'ễ', 'ế', 'ệ', [0xD2, 0xD3, 0xD4, 0xD5, 0xD6]),
        ('i', 'ì', 'ỉ', 'ĩ', 'í', 'ị', [0xD7, 0xD8, 0xDC, 0xDD, 0xDE]),
        ('o', 'ò', 'ỏ', 'õ', 'ó', 'ọ', [0xDF, 0xE1, 0xE2, 0xE3, 0xE4]),
        ('ô', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', [0xE5, 0xE6, 0xE7, 0xE8, 0xE9]),
        ('ơ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', [0xEA, 0xEB, 0xEC, 0xED, 0xEE]),
        ('u', 'ù', 'ủ', 'ũ', 'ú', 'ụ', [0xEF, 0xF1, 0xF2, 0xF3, 0xF4]),
        ('ư', 'ừ', 'ử', 'ữ', 'ứ', 'ự', [0xF5, 0xF6, 0xF7, 0xF8, 0xF9]),
        ('y', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', [0xFA, 0xFB, 0xFC, 0xFD, 0xFE]),
    ];

    private static readonly (char Letter, byte Code)[] BaseLetters =
    [
        ('Ă', 0xA1), ('Â', 0xA2), ('Ê', 0xA3), ('Ô', 0xA4), ('Ơ', 0xA5), ('Ư', 0xA6), ('Đ', 0xA7),
        ('ă', 0xA8), ('â', 0xA9), ('ê', 0xAA), ('ô', 0xAB), ('ơ', 0xAC), ('ư', 0xAD), ('đ', 0xAE),
    ];

    public static readonly LegacyCodeTable Instance = new(LegacyEncoding.Tcvn3, Build());

    private static Dictionary<string, char> Build()
    {
        var map = new Dictionary<string, char>();
        foreach (var (letter, code) in BaseLetters) map[((char)code).ToString()] = letter;
        foreach (var row in Rows)
        {
            char[] toned = [row.Grave, row.Hook, row.Tilde, row.Acute, row.Dot];
            for (var i = 0; i < toned.Length; i++) map[((char)row.Codes[i]).ToString()] = toned[i];
        }
        return map;
    }
}
