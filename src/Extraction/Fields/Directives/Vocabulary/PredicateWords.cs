using Extraction.Fields.Directives.Outline;

namespace Extraction.Fields.Directives.Vocabulary;

/// <summary>The verbs that open what a body is told to do ("Sở Tài chính chủ trì, ...",
/// "giao Sở Nội vụ tiếp thu ..."): where a body's name ends and its task begins. A name may hold
/// such a word too ("Ban Chỉ đạo", "Ban Quản lý dự án", "các tổ chức chính trị - xã hội"), so a
/// capitalised word, a word right after "Ban"/"Hội đồng"/"Đoàn"/"các" (unless no name goes on with
/// it: "chủ trì", "chuẩn bị"), and the noun "tổ chức" are not taken as the verb.</summary>
internal static class PredicateWords
{
    private static readonly PhraseList Verbs = new(
    [
        "chủ trì", "phối hợp", "chịu trách nhiệm", "có trách nhiệm", "chủ động", "tiếp thu", "khẩn trương",
        "chỉ đạo", "hướng dẫn", "tổ chức", "thực hiện", "triển khai", "tham mưu", "rà soát", "theo dõi",
        "tiếp tục", "tăng cường", "nghiên cứu", "xây dựng", "kiểm tra", "đôn đốc", "tổng hợp", "báo cáo",
        "quan tâm", "căn cứ", "theo chức năng", "có ý kiến", "nghiêm túc", "kịp thời", "cung cấp",
        "đề xuất", "thông báo", "đăng ký", "bố trí", "phổ biến", "tuyên truyền", "quán triệt", "đẩy mạnh",
        "đảm bảo", "bảo đảm", "hoàn thành", "hoàn thiện", "giám sát", "xem xét", "cho ý kiến", "tập trung",
        "chấp hành", "phân công", "tiếp nhận", "giải quyết", "xử lý", "thống nhất", "duy trì", "nâng cao",
        "cập nhật", "vận động", "hỗ trợ", "khắc phục", "chuẩn bị", "góp ý", "tham gia", "tham dự",
        "chấn chỉnh", "quyết định", "phê duyệt", "thi hành", "làm việc", "trao đổi", "phát động",
        "sắp xếp", "kiện toàn", "lựa chọn", "tiến hành", "thường xuyên", "khảo sát", "thẩm tra",
        "đánh giá", "điều chỉnh", "bổ sung", "phụ trách", "là cơ quan", "làm đầu mối", "là đầu mối",
        "tích cực", "phát huy", "quản lý", "công bố", "niêm yết", "theo thẩm quyền", "trong phạm vi",
        "căn cứ chức năng", "chấp thuận", "thông qua", "gửi", "nộp", "sớm", "cần",
        "phải", "được giao", "nắm", "soạn thảo", "tạo điều kiện", "chỉ đạo, hướng dẫn",
        "tăng", "sẽ", "có nhiệm vụ",
        // "Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh ...", "Ủy ban Kiểm tra Tỉnh ủy đưa ...", "Các khoa cử giảng viên ..."
        "lãnh đạo", "đưa", "cử", "biên soạn",
        // when the work recurs: "Văn phòng HĐND và UBND xã định kỳ hằng tháng (trước ngày 25) tổng hợp ..."
        "định kỳ", "hằng tháng", "hằng quý", "hằng năm", "hàng tháng", "hàng quý", "hàng năm",
    ]);

    // After these the verb-looking word is part of a name: "Ban chỉ đạo", "Hội đồng thẩm định", "Ban Quản lý
    // dự án đầu tư xây dựng".
    private static readonly PhraseList NameOpeners = new(["ban", "hội đồng", "tổ", "đoàn", "các", "những", "trung ương", "văn phòng", "dự án đầu tư"]);

    // Verbs that no name goes on with, even after "Ban" or "Văn phòng": "Giao Văn phòng Ban chuẩn bị hội trường".
    private static readonly PhraseList OnlyPredicates = new(
    [
        "chủ trì", "phối hợp", "chịu trách nhiệm", "có trách nhiệm", "có nhiệm vụ", "chuẩn bị", "theo dõi", "tổng hợp",
        "khẩn trương", "tiếp tục", "nghiêm túc", "bố trí", "cung cấp", "gửi", "nộp", "sẽ", "cần", "phải", "tham dự",
        "hoàn thành", "kịp thời", "chủ động", "tập trung", "đôn đốc", "tham mưu",
    ]);

    // "tổ chức" is a noun before these: "các tổ chức, cá nhân", "tổ chức chính trị - xã hội".
    private static readonly PhraseList NounFollowers = new(
        ["cá nhân", "chính trị", "đoàn thể", "xã hội", "đảng", "có liên quan", "liên quan", "theo ngành dọc", "hội", "kinh tế", "tín dụng"]);

    /// <summary>The first verb in [from, to) outside brackets, or null.</summary>
    public static (int Position, int Length)? Find(FoldedText text, int from, int to) =>
        Verbs.Find(text, from, to, (position, length) => IsVerbReading(text, position, length));

    /// <summary>True when a verb opens the text at <paramref name="position"/>, whatever its case.</summary>
    public static bool StartsAt(FoldedText text, int position) => Verbs.MatchAt(text, position) > 0;

    private static bool IsVerbReading(FoldedText text, int position, int length)
    {
        var original = text.Original;
        if (InsideBrackets(original, position)) return false;
        var previous = PreviousNonSpace(original, position);
        if (char.IsUpper(original[position]) && previous is not (':' or '\0' or '-')) return false;
        if (PrecededBy(text, position, NameOpeners) && OnlyPredicates.MatchAt(text, position) == 0) return false;
        if (text.Folded.AsSpan(position).StartsWith("to chuc", StringComparison.Ordinal) && IsNounTochuc(text, position + length)) return false;
        return true;
    }

    private static bool IsNounTochuc(FoldedText text, int end)
    {
        var next = end;
        while (next < text.Original.Length && text.Original[next] == ' ') next++;
        return next >= text.Original.Length || text.Original[next] is ',' or ';' or '.' or ')' || NounFollowers.MatchAt(text, next) > 0;
    }

    private static bool PrecededBy(FoldedText text, int position, PhraseList words)
    {
        var end = position;
        while (end > 0 && text.Original[end - 1] == ' ') end--;
        for (var start = end - 1; start >= 0 && end - start <= 12; start--)
        {
            if (start > 0 && char.IsLetter(text.Original[start - 1])) continue;
            var length = words.MatchAt(text, start);
            if (length > 0 && start + length == end) return true;
        }
        return false;
    }

    private static char PreviousNonSpace(string text, int position)
    {
        for (var i = position - 1; i >= 0; i--)
            if (!char.IsWhiteSpace(text[i])) return text[i];
        return '\0';
    }

    private static bool InsideBrackets(string text, int position)
    {
        var depth = 0;
        for (var i = 0; i < position; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && depth > 0) depth--;
        }
        return depth > 0;
    }
}
