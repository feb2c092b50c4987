using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Extraction.Evaluation;

/// <summary>
/// The string comparisons of the independent scorer (shared/tools/score.py), reproduced exactly so
/// that `eval` and score.py give the same figures: NFC, case folding, old/new tone placement,
/// edge punctuation, the usual administrative abbreviations, and diacritic folding for "folded".
/// </summary>
public static partial class ScoreText
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["ubnd"] = "ủy ban nhân dân", ["hđnd"] = "hội đồng nhân dân", ["tp"] = "thành phố", ["tp."] = "thành phố",
        ["cchc"] = "cải cách hành chính", ["tthc"] = "thủ tục hành chính", ["bcđ"] = "ban chỉ đạo",
        ["mttq"] = "mặt trận tổ quốc", ["vp"] = "văn phòng", ["ttđt"] = "thông tin điện tử", ["cđs"] = "chuyển đổi số",
        ["ct"] = "chủ tịch", ["pct"] = "phó chủ tịch",
    };

    private static readonly (string Old, string New)[] ToneFix =
    [
        ("uỷ", "ủy"), ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
        ("uý", "úy"), ("uỳ", "ùy"), ("uỹ", "ũy"), ("uỵ", "ụy"), ("oè", "òe"), ("oé", "óe"),
        ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
    ];

    private const string EdgePunctuation = " .,;:-–—\"'()";

    public static string FoldDiacritics(string s)
    {
        s = s.Replace("đ", "d").Replace("Đ", "D").Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static string Normalize(string? s, bool folded)
    {
        if (s is null) return "";
        s = s.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        s = s.Replace('*', ' ').Replace('_', ' ');
        foreach (var (old, @new) in ToneFix) s = s.Replace(old, @new);
        s = Whitespace().Replace(s, " ").Trim();
        s = s.Trim(EdgePunctuation.ToCharArray());
        s = Word().Replace(s, m => Abbreviations.GetValueOrDefault(m.Value, m.Value));
        s = Whitespace().Replace(s, " ").Trim();
        return folded ? FoldDiacritics(s) : s;
    }

    public static HashSet<string> Tokens(string? s, bool folded = true) =>
        NonWord().Split(Normalize(s, folded)).Where(t => t.Length > 0).ToHashSet();

    public static double Similarity(string? a, string? b, bool folded = true)
    {
        var ta = Tokens(a, folded);
        var tb = Tokens(b, folded);
        if (ta.Count == 0 && tb.Count == 0) return 1.0;
        if (ta.Count == 0 || tb.Count == 0) return 0.0;
        var intersection = ta.Count(tb.Contains);
        var jaccard = (double)intersection / ta.Union(tb).Count();
        var contain = (double)intersection / Math.Min(ta.Count, tb.Count);
        // A short name fully inside a longer heading counts less (as in score.py).
        return Math.Max(jaccard, Math.Min(ta.Count, tb.Count) >= 2 ? 0.85 * contain : jaccard);
    }

    public static string CodeKey(string? code)
    {
        if (string.IsNullOrEmpty(code)) return "";
        var s = FoldDiacritics(code.Normalize(NormalizationForm.FormC)).ToUpperInvariant();
        return CodeNoise().Replace(s, "");
    }

    public static string? DateKey(string? date)
    {
        if (date is null) return null;
        var m = DatePrefix().Match(date);
        if (!m.Success) return date.Trim();
        var key = m.Groups[1].Value;
        if (m.Groups[2].Success) key += "-" + int.Parse(m.Groups[2].Value).ToString("00");
        if (m.Groups[3].Success) key += "-" + int.Parse(m.Groups[3].Value).ToString("00");
        return key;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@"[^\w&]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"[\s.]")]
    private static partial Regex CodeNoise();

    [GeneratedRegex(@"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")]
    private static partial Regex DatePrefix();
}
