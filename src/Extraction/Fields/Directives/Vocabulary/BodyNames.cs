using Extraction.Fields.Directives.Outline;

namespace Extraction.Fields.Directives.Vocabulary;

/// <summary>How the name of a responsible body or office holder begins in a Vietnamese letter:
/// an office title ("Giám đốc", "Chủ tịch", "Thủ trưởng") or a kind of body ("Sở", "Phòng",
/// "Ủy ban nhân dân", "Công ty"), optionally after a quantifier ("các", "tất cả các").</summary>
internal static class BodyNames
{
    private static readonly PhraseList Quantifiers = new(["các", "tất cả các", "toàn thể", "từng", "mỗi"]);

    private static readonly PhraseList Heads = new(
    [
        // office holders
        "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc", "tổng giám đốc", "thủ trưởng", "trưởng",
        "trưởng ban", "trưởng phòng", "chánh văn phòng", "chánh thanh tra", "chánh án", "viện trưởng",
        "cục trưởng", "chi cục trưởng", "bộ trưởng", "hiệu trưởng", "người đứng đầu", "lãnh đạo",
        "thành viên", "bí thư", "tư lệnh", "chỉ huy trưởng", "thường trực", "chủ nhiệm", "chủ đầu tư", "đồng chí",
        // bodies
        "sở", "phòng", "ban", "văn phòng", "ủy ban", "ủy ban nhân dân", "ubnd", "hđnd", "hội đồng",
        "cục", "chi cục", "tổng cục", "bộ", "công an", "bộ chỉ huy", "bộ đội", "đài", "báo", "trung tâm",
        "công ty", "tổng công ty", "ngân hàng", "kho bạc", "thanh tra", "tòa án", "viện kiểm sát",
        "hiệp hội", "hội", "liên đoàn", "liên minh", "đoàn", "tỉnh đoàn", "thành đoàn", "huyện đoàn",
        "mặt trận", "bảo hiểm xã hội", "cảng vụ", "trường", "bệnh viện", "học viện", "đại học", "quỹ",
        "tổ", "tổ công tác", "cơ quan", "đơn vị", "địa phương", "chính quyền", "lực lượng", "tỉnh ủy",
        "thành ủy", "huyện ủy", "đảng ủy", "chi nhánh", "bưu điện", "vnpt", "viettel", "điện lực",
        "bộ phận", "ubmttq", "mttq", "sở, ban, ngành", "sở, ngành", "ngành", "đoàn thể", "vườn quốc gia",
        "văn phòng đoàn", "cổng thông tin", "thị ủy", "quận ủy", "đảng bộ", "chi bộ", "cấp ủy", "chi ủy",
        "doanh nghiệp", "hợp tác xã", "đảng đoàn", "ban cán sự đảng", "trạm", "hạt kiểm lâm",
        // in a school: "Phó Hiệu trưởng:", "Giáo viên chủ nhiệm", "Nhân viên y tế", "Tổng phụ trách Đội"
        "phó hiệu trưởng", "giáo viên", "nhân viên", "tổng phụ trách",
        // in a hospital or a university: "Khoa Khám bệnh", "Các khoa lâm sàng"
        "khoa",
    ]);

    // Words that begin like a body but name a thing or an action.
    private static readonly PhraseList NotHeads = new(
    [
        "báo cáo", "ban hành", "tổ chức", "hội nghị", "hội thảo", "hội viên", "hội thi", "trường hợp",
        "bộ máy", "bộ chỉ số", "bộ tiêu chí", "bộ thủ tục", "bộ tthc", "bộ hồ sơ", "bộ luật", "phòng, chống",
        "phòng chống", "phòng ngừa", "phòng cháy", "đoàn kết", "chính quyền điện tử", "chính quyền số",
        "lãnh đạo, chỉ đạo", "trưởng thành", "đơn vị chủ trì", "đơn vị thực hiện",
        "đơn vị phối hợp", "cơ quan chủ trì", "cơ quan phối hợp", "thanh tra, kiểm tra", "khoa học",
    ]);

    /// <summary>Length of the body-name opening at <paramref name="position"/> (quantifier and head), or 0.</summary>
    public static int HeadAt(FoldedText text, int position)
    {
        var at = SkipSpaces(text.Original, position);
        var quantifier = Quantifiers.MatchAt(text, at);
        if (quantifier > 0) at = SkipSpaces(text.Original, at + quantifier);
        if (NotHeads.MatchAt(text, at) > 0) return 0;
        var head = Heads.MatchAt(text, at);
        return head > 0 ? at + head - position : 0;
    }

    public static bool StartsWithHead(FoldedText text, int position) => HeadAt(text, position) > 0;

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position])) position++;
        return position;
    }
}
