using System.Text;
using Extraction.Text;

namespace Extraction.Archive.Storage;

/// <summary>
/// Turns the name a file arrived under into names the archive can write: one path segment, NFC, no
/// separators (so "..\..\x.pdf" or a path with "../" can never leave its folder), no control or
/// reserved characters, no leading dots, bounded length. Vietnamese letters and spaces are kept.
/// The catalog keeps the arrival name exactly as given; these are only for files the archive writes.
/// </summary>
public static class SafeNames
{
    // Linux allows 255 bytes per name: the stem, "-" and a 64-digit hash, and the extension must fit.
    private const int MaxStemBytes = 160;
    private const int MaxExtensionLength = 10;
    private const string Fallback = "letter";

    /// <summary>The stem the letter's id is made of: "../Công văn 62.pdf" → "Công văn 62".</summary>
    public static string Stem(string arrivalName)
    {
        var name = LastSegment(arrivalName);
        var extension = Extension(name);
        var stem = Clean(name[..^extension.Length]);
        while (Encoding.UTF8.GetByteCount(stem) > MaxStemBytes)
            stem = stem[..(char.IsLowSurrogate(stem[^1]) ? ^2 : ^1)];
        stem = stem.TrimEndChars(" .");
        return stem.Length == 0 ? Fallback : stem;
    }

    /// <summary>The extension worth keeping, lower case, with its dot (".pdf"), or "" when it is odd.</summary>
    public static string Extension(string arrivalName)
    {
        var extension = Path.GetExtension(LastSegment(arrivalName));
        return extension.Length is > 1 and <= MaxExtensionLength + 1 && extension.Skip(1).All(char.IsAsciiLetterOrDigit)
            ? extension.ToLowerInvariant() : "";
    }

    /// <summary>A file name for the letter: its id plus the extension it arrived with.</summary>
    public static string FileName(string letterId, string arrivalName) => letterId + Extension(arrivalName);

    // Both separators count: a name made on Windows may carry backslashes that Linux keeps as characters.
    private static string LastSegment(string name)
    {
        var cut = name.LastIndexOfAny(['/', '\\']);
        return VietnameseText.Nfc(cut < 0 ? name : name[(cut + 1)..]);
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            builder.Append(char.IsControl(c) || c is '<' or '>' or ':' or '"' or '|' or '?' or '*' ? '_' : c);
        return VietnameseText.CollapseSpaces(builder.ToString()).TrimChars(" .");
    }
}
