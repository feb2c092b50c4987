using System.Text.RegularExpressions;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Llm.Prompting;

/// <summary>
/// Masks personal data before text leaves the machine: people's names ("Trần Việt Trường" → [NAME-1]),
/// phone numbers ([PHONE-1]) and e-mail addresses ([EMAIL-1]). One instance serves one letter, so the
/// same person gets the same placeholder in the fields and in the lines, and the model's answer can be
/// unmasked back. A name is a run of two to four capitalised words starting with a Vietnamese family
/// name, not a place in the gazetteer; names in capitals are masked only in the signature block, where
/// they are printed so (elsewhere capitals are headings: "VĂN PHÒNG", "HỒ CHÍ MINH").
/// </summary>
public sealed partial class Redactor
{
    /// <summary>Passes text through unchanged, for runs without --redact.</summary>
    public static Redactor Off => new(enabled: false);

    private readonly bool _enabled;
    private readonly Dictionary<string, string> _placeholderByKey = [];
    private readonly Dictionary<string, string> _originalByPlaceholder = [];

    public Redactor(bool enabled = true) => _enabled = enabled;

    public string Mask(string text, Zone? zone = null)
    {
        if (!_enabled) return text;
        var masked = Email().Replace(text, m => Placeholder("EMAIL", m.Value, m.Value));
        masked = LabelledPhone().Replace(masked, m => m.Groups["label"].Value + Placeholder("PHONE", PhoneKey(m.Groups["number"].Value), m.Groups["number"].Value));
        masked = Phone().Replace(masked, m => Digits(m.Value).Length is >= 9 and <= 12 ? Placeholder("PHONE", PhoneKey(m.Value), m.Value) : m.Value);
        return CapitalisedRun().Replace(masked, m => MaskNames(m.Value, capitalsAllowed: zone == Zone.SignerName));
    }

    /// <summary>Puts the originals back in an answer's text.</summary>
    public string Unmask(string text) => !_enabled || _originalByPlaceholder.Count == 0 ? text
        : PlaceholderPattern().Replace(text, m => _originalByPlaceholder.GetValueOrDefault(m.Value, m.Value));

    private string MaskNames(string run, bool capitalsAllowed)
    {
        var words = run.Split(' ');
        var output = new List<string>();
        for (var i = 0; i < words.Length;)
        {
            var length = NameLength(words, i, capitalsAllowed);
            if (length == 0)
            {
                output.Add(words[i++]);
                continue;
            }
            var name = string.Join(' ', words[i..(i + length)]);
            output.Add(Placeholder("NAME", VietnameseText.FoldLower(name), PersonNames.TitleCase(name)));
            i += length;
        }
        return string.Join(' ', output);
    }

    /// <summary>How many words from <paramref name="start"/> make a person's name, or 0.</summary>
    private static int NameLength(string[] words, int start, bool capitalsAllowed)
    {
        if (!IsFamilyName(words[start])) return 0;
        var capitals = VietnameseText.IsUpperCase(words[start]) && words[start].Length > 1;
        if (capitals && !capitalsAllowed) return 0;
        var end = start + 1;
        while (end < words.Length && end - start < 4 && words[end].Length <= 7 && !NotNameWords.Contains(words[end])
               && (words[end].Length == 1 || VietnameseText.IsUpperCase(words[end]) == capitals))
            end++;
        var length = end - start;
        if (length < 2) return 0;
        var candidate = string.Join(' ', words[start..end]);
        return Gazetteer.Canonical(candidate) is null && Gazetteer.Canonical(string.Join(' ', words[start..(start + 2)])) is null ? length : 0;
    }

    /// <summary>A family name as written, diacritics included: "Quảng" is not "Quang".</summary>
    private static bool IsFamilyName(string word) =>
        PersonNames.FamilyName(word) is { } family && string.Equals(family, word, StringComparison.OrdinalIgnoreCase)
        && !Honorifics.Contains(word);

    private string Placeholder(string kind, string key, string original)
    {
        var fullKey = kind + ":" + key;
        if (_placeholderByKey.TryGetValue(fullKey, out var known)) return known;
        var placeholder = $"[{kind}-{_placeholderByKey.Keys.Count(k => k.StartsWith(kind + ":", StringComparison.Ordinal)) + 1}]";
        _placeholderByKey[fullKey] = placeholder;
        _originalByPlaceholder[placeholder] = original;
        return placeholder;
    }

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    /// <summary>One number written two ways is one number: "+84 913 ..." is "0913 ...".</summary>
    private static string PhoneKey(string text)
    {
        var digits = Digits(text);
        return text.TrimStart().StartsWith("+84", StringComparison.Ordinal) ? "0" + digits[2..] : digits;
    }

    // Words that are family names but, in a letter, open a title or a body rather than a name.
    private static readonly HashSet<string> Honorifics = new(["Ông", "ÔNG", "Đồng", "ĐỒNG"], StringComparer.Ordinal);

    // Words that end a name: the title or body that follows it ("Nguyễn Văn An Phó Chủ tịch"). Words that
    // are also given or middle names (Văn, Thị, Việt, Công, Thành) cannot be here.
    private static readonly HashSet<string> NotNameWords = new(
        ["Phó", "Chủ", "Giám", "Trưởng", "Bí", "Ủy", "Uỷ", "Ban", "Sở", "Phòng", "Tỉnh", "Huyện", "Xã", "Phường", "Quận",
         "Cục", "Vụ", "Bộ", "Chánh", "Kính", "Đảng", "Nhà"],
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")]
    private static partial Regex Email();

    // "ĐT: 0255.3822.123", "Điện thoại: 3822123", "Fax 0255 3824 456".
    [GeneratedRegex(@"(?<label>(?:Điện thoại|ĐT|SĐT|Tel|Fax|Hotline|Di động|DĐ)\s*[:.]?\s*)(?<number>\+?\(?\d[\d\s().-]{5,16}\d)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledPhone();

    // "0913 456 789", "0255.3822.123", "(0255) 3822 123", "+84 913 456 789"; not dates or codes (no slashes).
    [GeneratedRegex(@"(?<![\d/.,-])(?:\+84|\(?0\d{1,3}\)?)(?:[\s.-]?\d{2,4}){2,4}(?![\d/])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)+")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\[(?:NAME|PHONE|EMAIL)-\d+\]")]
    private static partial Regex PlaceholderPattern();
}
