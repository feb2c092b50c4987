namespace Extraction.Text.Legacy;

/// <summary>The pre-Unicode Vietnamese 8-bit encodings still met in archives.</summary>
public enum LegacyEncoding
{
    /// <summary>TCVN 5712:1993 "VN3", the ABC encoding of the .VnTime fonts: one byte per letter,
    /// lower-case toned vowels only (capitals come from the separate ".VnTimeH" fonts).</summary>
    Tcvn3,
    /// <summary>VNI-Windows, the encoding of the VNI-Times fonts: a base letter followed by a mark byte.</summary>
    Vni,
}

public static class LegacyEncodings
{
    public static string DisplayName(LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => "TCVN3 (ABC, .VnTime fonts)",
        _ => "VNI-Windows (VNI-Times fonts)",
    };

    /// <summary>The encoding a font name implies: ".VnTime", ".VnArialH" (TCVN3), "VNI-Times" (VNI);
    /// a subset prefix ("ABCDEE+") and style suffix (",Bold") are ignored. Null for Unicode fonts.</summary>
    public static LegacyEncoding? OfFont(string? fontName)
    {
        var name = BareFontName(fontName);
        if (name.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase)) return LegacyEncoding.Tcvn3;
        if (name.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase))
            return LegacyEncoding.Vni;
        return null;
    }

    /// <summary>True for the TCVN3 capital fonts (".VnTimeH", ".VnArialH"...), which draw every letter as a capital.</summary>
    public static bool IsCapitalsFont(string? fontName)
    {
        var name = BareFontName(fontName);
        return OfFont(name) == LegacyEncoding.Tcvn3 && name.EndsWith('H');
    }

    private static string BareFontName(string? fontName)
    {
        if (string.IsNullOrEmpty(fontName)) return "";
        var name = fontName;
        var plus = name.IndexOf('+');
        if (plus is > 0 and <= 7) name = name[(plus + 1)..];
        var comma = name.IndexOfAny([',', '-'], name.StartsWith("VNI", StringComparison.OrdinalIgnoreCase) ? 4 : 0);
        if (comma > 0) name = name[..comma];
        return name.Replace(" Bold", "").Replace(" Italic", "").Trim();
    }
}
