using System.Text;
using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Text;

/// <summary>
/// The vocabulary of Vietnamese administration: the abbreviations letters use for bodies
/// (UBND, HĐND, TP, BCĐ...) and phrases whose spelling is certain, so OCR slips in them can be
/// repaired ("CHUYÊN ĐỔI SỐ" → "CHUYỂN ĐỔI SỐ": no other phrase folds to the same letters).
/// </summary>
public static partial class AdminLexicon
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["UBND"] = "Ủy ban nhân dân",
        ["HĐND"] = "Hội đồng nhân dân",
        ["TP"] = "thành phố",
        ["TP."] = "thành phố",
        ["BCĐ"] = "Ban Chỉ đạo",
        ["MTTQ"] = "Mặt trận Tổ quốc",
        ["MTTQVN"] = "Mặt trận Tổ quốc Việt Nam",
        ["UBMTTQVN"] = "Ủy ban Mặt trận Tổ quốc Việt Nam",
        ["VP"] = "Văn phòng",
        ["VPUB"] = "Văn phòng Ủy ban nhân dân",
        ["CCHC"] = "cải cách hành chính",
        ["TTHC"] = "thủ tục hành chính",
        ["CĐS"] = "chuyển đổi số",
        ["TTĐT"] = "thông tin điện tử",
        ["KT-XH"] = "kinh tế - xã hội",
        // schools and their offices, mass organisations: "PHÒNG GD&ĐT", "TRƯỜNG THCS", "HỘI LHPN TỈNH"
        ["GD&ĐT"] = "Giáo dục và Đào tạo",
        ["GDĐT"] = "Giáo dục và Đào tạo",
        ["THCS"] = "Trung học cơ sở",
        ["THPT"] = "Trung học phổ thông",
        ["LHPN"] = "Liên hiệp Phụ nữ",
    };

    private static readonly string[] CertainPhrases =
    [
        "ủy ban nhân dân", "hội đồng nhân dân", "ban chỉ đạo", "văn phòng", "chủ tịch", "phó chủ tịch",
        "chuyển đổi số", "cải cách hành chính", "thủ tục hành chính", "mặt trận tổ quốc", "thành phố",
        "thông tin và truyền thông", "kế hoạch và đầu tư", "tài nguyên và môi trường", "khoa học và công nghệ",
        "nông nghiệp và phát triển nông thôn", "nông nghiệp và môi trường", "lao động - thương binh và xã hội",
        "giao thông vận tải", "văn hóa, thể thao và du lịch", "giáo dục và đào tạo", "nội vụ", "tư pháp",
        "tài chính", "xây dựng", "công thương", "ngoại vụ", "thanh tra", "công an", "quân sự", "y tế",
        "chính phủ", "thủ tướng", "bộ trưởng", "giám đốc", "trưởng ban", "chánh văn phòng", "cộng hòa xã hội chủ nghĩa việt nam",
        "độc lập - tự do - hạnh phúc", "cổng ttđt", "cổng tt-đt", "cổng thông tin điện tử", "cổng dịch vụ công", "tỉnh ủy", "thành ủy", "huyện ủy", "thị xã", "thị trấn",
    ];

    // "TĨNH QUẢNG NGÃI" in an OCR'd header: the level word before a known place is certain too.
    private static readonly IEnumerable<string> LevelsAndPlaces =
        Gazetteer.Provinces.Select(p => "tỉnh " + p).Concat(Gazetteer.Provinces.Concat(Gazetteer.Cities).Select(c => "thành phố " + c));

    private static readonly Dictionary<string, string[]> PhrasesByFolded = CertainPhrases
        .Concat(Gazetteer.Provinces).Concat(Gazetteer.Cities).Concat(LevelsAndPlaces)
        .Select(p => p.Split(' '))
        // A single word is never certain: "phuong" is phường or phương, "vinh" Vinh or vĩnh.
        .Where(words => words.Length >= 2)
        .GroupBy(words => string.Join(' ', words.Select(FoldWord)))
        .ToDictionary(g => g.Key, g => g.First());

    // OCR drops the last letter of a bold line ending in a long word: "PHÓ CHỦ TỊC". Only at the end of
    // the text, and only words of four letters or more, where no other word is meant.
    private static readonly Dictionary<string, string[]> PhrasesLessTheirLastLetter = PhrasesByFolded
        .Where(p => p.Key.Split(' ')[^1].Length >= 4)
        .GroupBy(p => p.Key[..^1])
        .Where(g => g.Count() == 1 && !PhrasesByFolded.ContainsKey(g.Key))
        .ToDictionary(g => g.Key, g => g.First().Value);

    private static readonly HashSet<string> FirstWords = PhrasesByFolded.Keys.Select(k => k.Split(' ')[0]).ToHashSet();

    private static readonly int LongestPhrase = PhrasesByFolded.Values.Max(w => w.Length);

    public static bool IsAbbreviation(string word) => Abbreviations.ContainsKey(word);

    private static readonly Dictionary<string, string> AbbreviationsByFolded = Abbreviations.Keys
        .Where(k => VietnameseText.Fold(k) != k).ToDictionary(k => VietnameseText.Fold(k), k => k);

    /// <summary>"BCD CCHC" → "BCĐ CCHC": an abbreviation that lost its Đ to OCR or typing gets it back.</summary>
    public static string RepairAbbreviations(string text) => AbbreviationWord().Replace(text, m =>
        AbbreviationsByFolded.TryGetValue(m.Value, out var known) ? known : m.Value);

    /// <summary>"UBND THÀNH PHỐ CẦN THƠ" → "Ủy ban nhân dân THÀNH PHỐ CẦN THƠ": expands the abbreviations
    /// that stand for whole bodies, word by word.</summary>
    public static string ExpandAbbreviations(string text) => AbbreviationWord().Replace(text, m =>
        Abbreviations.TryGetValue(m.Value, out var full) ? full : m.Value);

    /// <summary>Restores the spelling of known phrases of at least <paramref name="minWords"/> words whose
    /// letters match ignoring diacritics, keeping the case pattern of each word. Running text wants a
    /// higher minimum than a header: "văn phong" (style) is not "văn phòng" (office).</summary>
    public static string RepairKnownPhrases(string text, int minWords = 2)
    {
        var words = VietnameseText.CollapseSpaces(text).Split(' ');
        var folded = words.Select(FoldWord).ToArray();
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < words.Length;)
        {
            var (length, phrase) = MatchAt(folded, i, minWords);
            if (phrase is null)
            {
                Append(output, words[i]);
                i++;
                continue;
            }
            for (var k = 0; k < length; k++) Append(output, WithCaseOf(StripEdges(words[i + k], out var lead, out var trail), phrase[k], lead, trail));
            i += length;
        }
        return output.ToString();
    }

    private static (int Length, string[]? Phrase) MatchAt(string[] foldedWords, int start, int minWords)
    {
        // Most words start no known phrase: check the first word before building longer runs.
        if (!FirstWords.Contains(foldedWords[start])) return (0, null);
        var rest = foldedWords.Length - start;
        if (rest >= minWords && rest <= LongestPhrase
            && PhrasesLessTheirLastLetter.TryGetValue(string.Join(' ', foldedWords, start, rest), out var cut)) return (rest, cut);
        for (var length = Math.Min(LongestPhrase, rest); length >= minWords; length--)
            if (PhrasesByFolded.TryGetValue(string.Join(' ', foldedWords, start, length), out var phrase)) return (length, phrase);
        return (0, null);
    }

    private static string FoldWord(string word) => VietnameseText.FoldLower(word.TrimEndChars(",;.:"));

    private static string StripEdges(string word, out string lead, out string trail)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && !char.IsLetterOrDigit(word[start])) start++;
        while (end > start && !char.IsLetterOrDigit(word[end - 1])) end--;
        lead = word[..start];
        trail = word[end..];
        return word[start..end];
    }

    private static string WithCaseOf(string original, string known, string lead, string trail)
    {
        if (original.Length == 0) return lead + trail;
        var knownCore = known.TrimChars(",-");
        string cased;
        if (VietnameseText.IsUpperCase(original) && original.Length > 1) cased = knownCore.ToUpperInvariant();
        else if (char.IsUpper(original[0])) cased = char.ToUpperInvariant(knownCore[0]) + knownCore[1..];
        else cased = knownCore;
        return lead + cased + trail;
    }

    private static void Append(StringBuilder output, string word)
    {
        if (output.Length > 0) output.Append(' ');
        output.Append(word);
    }

    [GeneratedRegex(@"(?<![\p{L}\d])[\p{Lu}Đ][\p{Lu}Đ&\-.]*(?![\p{L}\d])")]
    private static partial Regex AbbreviationWord();
}
