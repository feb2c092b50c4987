using System.Text;
using Extraction.Text;

namespace Extraction.Text;

/// <summary>Turns a body's name as printed in a header ("UBND THÀNH PHỐ CẦN THƠ") into its written
/// form ("Ủy ban nhân dân thành phố Cần Thơ"): abbreviations expanded, OCR slips in known phrases
/// repaired, sentence case with place names and the proper part of a body's name capitalised.</summary>
public static class OrganizationNames
{
    // Head nouns that begin a body's name; the word after them starts its proper name ("Sở Nội vụ").
    private static readonly string[] HeadNouns =
    [
        "ủy ban nhân dân", "hội đồng nhân dân", "ủy ban", "ban", "sở", "bộ", "cục", "tổng cục", "chi cục", "văn phòng",
        "phòng", "trung tâm", "viện", "trường", "bệnh viện", "công an", "kho bạc", "thanh tra", "ngân hàng", "đoàn",
        "hội", "mặt trận", "công ty", "tập đoàn", "tòa án nhân dân", "viện kiểm sát nhân dân", "học viện", "đại học",
        "đảng ủy", "tỉnh ủy", "thành ủy", "huyện ủy", "chính phủ", "quốc hội", "bộ chỉ huy", "ban quản lý",
    ];

    // Administrative levels: the words after them name a place and are capitalised.
    private static readonly string[] Levels = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"];

    private static readonly string[] FoldedHeadNouns = HeadNouns.OrderByDescending(h => h.Length).Select(VietnameseText.FoldLower).ToArray();

    // Longest first, so "ủy ban nhân dân" wins over "ủy ban".
    private static readonly string[][] HeadNounWords = HeadNouns.OrderByDescending(h => h.Length).Select(h => h.Split(' ')).ToArray();
    private static readonly string[][] LevelWords = Levels.OrderByDescending(l => l.Length).Select(l => l.Split(' ')).ToArray();

    /// <summary>True when the line starts a new body's name rather than continuing the previous one.</summary>
    public static bool StartsBodyName(string line)
    {
        var folded = VietnameseText.FoldLower(AdminLexicon.ExpandAbbreviations(line)).Trim();
        return FoldedHeadNouns.Any(h => folded == h || folded.StartsWith(h + " ", StringComparison.Ordinal));
    }

    public static string Format(string printed)
    {
        var text = AdminLexicon.RepairKnownPhrases(AdminLexicon.ExpandAbbreviations(VietnameseText.CollapseSpaces(printed).Trim()));
        var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitalize = new bool[words.Length];
        if (words.Length > 0) capitalize[0] = true;
        MarkAfterHeadNouns(words, capitalize);
        MarkPlaceNames(words, capitalize);
        var output = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0) output.Append(' ');
            output.Append(capitalize[i] ? Capitalize(words[i]) : words[i]);
        }
        return output.ToString();
    }

    private static void MarkAfterHeadNouns(string[] words, bool[] capitalize)
    {
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var headWords in HeadNounWords)
            {
                if (!Matches(words, i, headWords)) continue;
                var next = i + headWords.Length;
                if (next < words.Length && !LevelWords.Any(l => Matches(words, next, l)) && words[next] is not ("nhân" or "và"))
                    capitalize[next] = true;
                break;
            }
        }
    }

    private static void MarkPlaceNames(string[] words, bool[] capitalize)
    {
        for (var i = 0; i < words.Length; i++)
        {
            // "tỉnh ủy Thanh Hóa": a level's Party committee, named by the place after it.
            if (i + 1 < words.Length && words[i + 1] == "ủy" && Levels.Contains(words[i]))
            {
                for (var j = i + 2; j < words.Length && words[j] != "và"; j++) capitalize[j] = true;
                break;
            }
            foreach (var levelWords in LevelWords)
            {
                if (!Matches(words, i, levelWords)) continue;
                for (var j = i + levelWords.Length; j < words.Length && words[j] != "và"; j++) capitalize[j] = true;
                break;
            }
        }
    }

    private static bool Matches(string[] words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Length) return false;
        for (var k = 0; k < phrase.Length; k++)
            if (words[at + k].TrimEndChars(",;.") != phrase[k]) return false;
        return true;
    }

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
