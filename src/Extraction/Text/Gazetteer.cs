namespace Extraction.Text;

/// <summary>Vietnam's provinces and their capitals, the places letters are dated from and issuers
/// are named after. Used to restore diacritics OCR lost in a place name ("Hung Yên" → "Hưng Yên").</summary>
public static class Gazetteer
{
    public static readonly IReadOnlyList<string> Provinces =
    [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
        "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
        "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
        "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
        "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
        "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
        "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Hồ Chí Minh",
        "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ];

    /// <summary>Provincial capitals and other cities whose names differ from their province's.</summary>
    public static readonly IReadOnlyList<string> Cities =
    [
        "Long Xuyên", "Châu Đốc", "Bà Rịa", "Vũng Tàu", "Quy Nhơn", "Thủ Dầu Một", "Đồng Xoài", "Phan Thiết",
        "Buôn Ma Thuột", "Gia Nghĩa", "Điện Biên Phủ", "Biên Hòa", "Cao Lãnh", "Sa Đéc", "Pleiku", "Phủ Lý",
        "Vị Thanh", "Nha Trang", "Cam Ranh", "Rạch Giá", "Phú Quốc", "Đà Lạt", "Bảo Lộc", "Tân An", "Vinh",
        "Phan Rang - Tháp Chàm", "Việt Trì", "Tuy Hòa", "Đồng Hới", "Tam Kỳ", "Hội An", "Hạ Long", "Cẩm Phả",
        "Móng Cái", "Uông Bí", "Đông Hà", "Huế", "Mỹ Tho", "Vĩnh Yên", "Phúc Yên", "Thủ Đức", "Sầm Sơn",
        "Chí Linh", "Sông Công", "Tam Điệp", "Hoa Lư", "Bến Cát", "Dĩ An", "Thuận An", "Long Khánh", "Ngã Bảy",
        "Đức Phổ", "Bình Sơn", "Sơn Tịnh", "Tư Nghĩa",
    ];

    private static readonly Dictionary<string, string> ByFolded = Provinces.Concat(Cities)
        .GroupBy(VietnameseText.FoldedKey).ToDictionary(g => g.Key, g => g.First());

    /// <summary>The gazetteer's spelling of a place whose letters match ignoring diacritics and case, else null.</summary>
    public static string? Canonical(string place) => ByFolded.GetValueOrDefault(VietnameseText.FoldedKey(place));

    public static bool IsProvince(string place) =>
        Provinces.Any(p => VietnameseText.FoldedKey(p) == VietnameseText.FoldedKey(place));
}
