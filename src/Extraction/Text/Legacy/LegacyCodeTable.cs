using System.Text;

namespace Extraction.Text.Legacy;

/// <summary>
/// One legacy encoding as a map between its character sequences (as a Latin-1 / Windows-1252
/// reading of its bytes shows them) and Unicode letters. Decoding takes the longest sequence
/// at each position, so VNI's two-byte "base + mark" pairs win over their single bytes.
/// </summary>
public sealed class LegacyCodeTable
{
    private readonly Dictionary<string, char> toUnicode;
    private readonly Dictionary<char, string> fromUnicode = [];
    private readonly int longest;

    public LegacyEncoding Encoding { get; }

    internal LegacyCodeTable(LegacyEncoding encoding, Dictionary<string, char> toUnicode)
    {
        Encoding = encoding;
        this.toUnicode = toUnicode;
        longest = toUnicode.Keys.Max(k => k.Length);
        foreach (var (legacy, unicode) in toUnicode)
            if (!fromUnicode.TryGetValue(unicode, out var known) || legacy.Length < known.Length) fromUnicode[unicode] = legacy;
    }

    public static LegacyCodeTable For(LegacyEncoding encoding) => encoding == LegacyEncoding.Tcvn3 ? Tcvn3Table.Instance : VniTable.Instance;

    /// <summary>Legacy text to Unicode NFC. Characters outside the table pass through unchanged.</summary>
    public string Decode(string text)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var matched = false;
            for (var length = Math.Min(longest, text.Length - i); length >= 1 && !matched; length--)
            {
                if (!toUnicode.TryGetValue(text.Substring(i, length), out var letter)) continue;
                builder.Append(letter);
                i += length;
                matched = true;
            }
            if (!matched) builder.Append(text[i++]);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Unicode text to this encoding, for building test letters. A capital toned vowel that the
    /// encoding lacks (TCVN3) is written as its lower-case code, as the capitals fonts expect.</summary>
    public string Encode(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (fromUnicode.TryGetValue(c, out var legacy)) builder.Append(legacy);
            else if (char.IsUpper(c) && fromUnicode.TryGetValue(char.ToLowerInvariant(c), out var lower)) builder.Append(lower);
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
