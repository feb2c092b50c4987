using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Segmentation;

/// <summary>Recognises a Vietnamese personal name as printed under a signature: "Trần Việt Trường",
/// "Hà Thị Lê Vân", "NGUYỄN HOÀNG GIANG".</summary>
public static partial class PersonNames
{
    // The family names that cover the great majority of Vietnamese people, as written.
    private static readonly string[] FamilyNames =
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Hà", "Phùng", "Trương", "Đinh", "Lâm", "Mai", "Tô", "Đoàn", "Lương", "Cao", "Trịnh", "Đào",
        "Chu", "Tạ", "Thái", "Tăng", "Quách", "Lại", "La", "Kiều", "Khổng", "Lưu", "Nông", "Hứa", "Triệu", "Tôn",
        "Châu", "Thân", "Vương", "Âu", "Diệp", "Giang", "Kim", "Lò", "Lục", "Mạc", "Nghiêm", "Ninh", "Phí", "Quan",
        "Từ", "Vi", "Bạch", "Bành", "Cầm", "Cù", "Đàm", "Điêu", "Giáp", "Hàn", "Hầu", "Hồng", "Khúc", "Khuất",
        "Lăng", "Liên", "Mã", "Mẫn", "Nghị", "Ông", "Quang", "Sơn", "Thạch", "Thiều", "Tiêu", "Tống", "Trang",
        "Ung", "Văn", "Viên", "Xa", "Yên", "Lạc", "Mông", "Văn", "Doãn", "Khương", "Lữ", "Đồng", "Đường",
        // the northern uplands (Tày, Thái, Hmông, Dao) and the Central Highlands, where the Ê Đê "Y" (a
        // man) and "H" (a woman) open the name: "Y Suôn Byă"
        "Bế", "Sầm", "Lường", "Quàng", "Tòng", "Vàng", "Giàng", "Sùng", "Thào", "Mùa", "Lầu", "Ma", "Bàn",
        "Y", "Ksor", "Rmah", "Siu", "Nay", "Rơ", "Kpă", "Niê", "Mlô", "Êban", "Byă",
    ];

    private static readonly Dictionary<string, string> FamilyByFolded = FamilyNames
        .GroupBy(VietnameseText.FoldLower).ToDictionary(g => g.Key, g => g.First());

    public static bool IsPersonName(string text)
    {
        var words = WithoutTitle(text).TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5) return false;
        if (!words.All(w => w.All(char.IsLetter) && char.IsUpper(w[0]))) return false;
        var allCaps = words.All(w => w.All(char.IsUpper));
        var titleCase = words.All(w => w.Skip(1).All(char.IsLower));
        if (!allCaps && !titleCase) return false;
        return FamilyName(words[0]) is not null && words.All(w => w.Length <= 7);
    }

    /// <summary>The shape of a name whatever its family name, for the line under a signature:
    /// "H'Mai Kbuôr", "Y Bih Niê" — two to five capitalised words of letters (and apostrophes).</summary>
    public static bool LooksLikeName(string text)
    {
        var words = WithoutTitle(text).TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5
               && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '\'' or '’') && w.Skip(1).Any(char.IsLower) || w.Length == 1 && char.IsUpper(w[0]))
               && words.Any(w => w.Length > 1);
    }

    /// <summary>The name without the rank or academic title printed before it: "Đại tá Nguyễn Văn
    /// Thắng", "PGS.TS. Nguyễn Huy Bằng", "ThS. Lê Hoa" → the name alone.</summary>
    public static string WithoutTitle(string text) => Title().Replace(text.Trim(), "");

    // Military and police ranks, and academic titles alone or chained ("GS.TSKH.", "TS.BS.").
    [GeneratedRegex(@"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+|(?:(?:GS|PGS|TSKH|TS|ThS|Ths|BS|BSCKII|BSCKI|DS|KS|LS|NGND|NGƯT)\.\s*)+)", RegexOptions.IgnoreCase)]
    private static partial Regex Title();

    /// <summary>The family name a word is, allowing one OCR slip in a long one ("Xguyến" → "Nguyễn").</summary>
    public static string? FamilyName(string word)
    {
        var folded = VietnameseText.FoldLower(word);
        if (FamilyByFolded.TryGetValue(folded, out var exact)) return exact;
        if (folded.Length < 5) return null;
        var near = FamilyByFolded.Where(f => f.Key.Length >= 5 && EditDistanceIsOne(f.Key, folded)).Select(f => f.Value).ToList();
        return near.Count == 1 ? near[0] : null;
    }

    // A name printed in capitals is written with only its initials capitalised ("H'MAI" → "H'Mai");
    // one printed in mixed case is kept as printed.
    private static string CapitalizeWord(string word)
    {
        if (!word.Any(char.IsLower) || word.Skip(1).All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            var chars = word.ToLowerInvariant().ToCharArray();
            for (var i = 0; i < chars.Length; i++)
                if (i == 0 || chars[i - 1] is '\'' or '’') chars[i] = char.ToUpperInvariant(chars[i]);
            return new string(chars);
        }
        return word;
    }

    private static bool EditDistanceIsOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length) return a[(i + 1)..] == b[(i + 1)..];
        return a.Length > b.Length ? a[(i + 1)..] == b[i..] : a[i..] == b[(i + 1)..];
    }

    /// <summary>"NGUYỄN HOÀNG GIANG" → "Nguyễn Hoàng Giang"; a family name OCR got one letter wrong is
    /// written as the family name it is ("Xguyến Quốc Việt" → "Nguyễn Quốc Việt").</summary>
    public static string TitleCase(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(CapitalizeWord).ToArray();
        if (words.Length > 0 && FamilyName(words[0]) is { } family && VietnameseText.FoldLower(family) != VietnameseText.FoldLower(words[0]))
            words[0] = family;
        return string.Join(' ', words);
    }
}
