using Extraction.Text;

namespace Extraction.Segmentation;

/// <summary>Tên loại văn bản (Decree 30/2020/NĐ-CP, Phụ lục III) and the notation prefixes that stand for them.</summary>
public static class DocumentTypes
{
    public const string OfficialLetter = "Công văn";

    private static readonly (string Name, string[] Abbreviations)[] Types =
    [
        ("Nghị quyết", ["NQ"]), ("Quyết định", ["QĐ"]), ("Chỉ thị", ["CT"]), ("Quy chế", ["QC"]),
        ("Quy định", ["QyĐ", "QYĐ"]), ("Thông cáo", ["TC"]), ("Thông báo", ["TB"]), ("Hướng dẫn", ["HD"]),
        ("Chương trình", ["CTr"]), ("Kế hoạch", ["KH"]), ("Phương án", ["PA"]), ("Đề án", ["ĐA"]),
        ("Dự án", ["DA"]), ("Báo cáo", ["BC"]), ("Biên bản", ["BB"]), ("Tờ trình", ["TTr"]),
        ("Hợp đồng", ["HĐ"]), ("Công điện", ["CĐ"]), ("Bản ghi nhớ", ["GN"]), ("Bản thỏa thuận", ["TTh"]),
        ("Giấy ủy quyền", ["GUQ"]), ("Giấy mời", ["GM"]), ("Giấy giới thiệu", ["GGT"]), ("Giấy nghỉ phép", ["GNP"]),
        ("Phiếu gửi", ["PG"]), ("Phiếu chuyển", ["PC"]), ("Phiếu báo", ["PB"]), ("Thư công", []),
        ("Nghị định", ["NĐ"]), ("Thông tư", ["TT"]), ("Luật", ["QH"]), ("Pháp lệnh", []), ("Lệnh", []),
        ("Bản cam kết", ["CK"]), ("Công văn", []),
    ];

    public static readonly IReadOnlyDictionary<string, string> ByFoldedTitle =
        Types.ToDictionary(t => VietnameseText.FoldLower(t.Name), t => t.Name);

    private static readonly Dictionary<string, string> ByAbbreviation = Types
        .SelectMany(t => t.Abbreviations.Select(a => (Key: VietnameseText.Fold(a).ToUpperInvariant(), t.Name)))
        .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Name);

    /// <summary>The type a notation's first part names ("QĐ-UBND" → Quyết định, "2020/NĐ-CP" → Nghị định,
    /// "UBND-KSTT" → null: a công văn's notation starts with the issuer, not a type).</summary>
    public static string? FromNotation(string notation)
    {
        var parts = notation.Split(['/', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var part in parts.Where(p => !p.All(char.IsDigit)))
            return ByAbbreviation.GetValueOrDefault(VietnameseText.Fold(part).ToUpperInvariant());
        return null;
    }

    /// <summary>The type named in running text before "số": "Thông báo số", "Nghị định số", "Văn bản số".</summary>
    public static string? FromPhrase(string phrase)
    {
        var folded = VietnameseText.FoldLower(phrase).Trim();
        if (folded == "van ban") return "Văn bản";
        if (folded == "cong van") return OfficialLetter;
        return ByFoldedTitle.GetValueOrDefault(folded);
    }
}
