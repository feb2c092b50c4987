using Extraction.Fields.Directives.Outline;

namespace Extraction.Tests.Fields.Directives;

public class ItemLabelTests
{
    public static TheoryData<string, LabelKind, string?> Labels => new()
    {
        // seed-002: a Roman section heading
        { "I. Thủ trưởng các cơ quan chuyên môn, Chủ tịch UBND các phường, xã:", LabelKind.Roman, "I" },
        // qn-ttr-239: a later Roman section
        { "IV. TÊN GỌI, NỘI DUNG CHÍNH CỦA DỰ THẢO NGHỊ QUYẾT", LabelKind.Roman, "IV" },
        // seed-001: a numbered item
        { "2. Văn phòng HĐND và UBND thành phố", LabelKind.Number, "2" },
        // seed-000: the sixth letter of the Vietnamese alphabet
        { "đ) Sở Kế hoạch và Đầu tư:", LabelKind.Letter, "đ" },
        // hn-qd-2280: an article of a decision
        { "Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc, Thủ", LabelKind.Article, "Điều 3" },
        // qn-tb-542: a dash bullet
        { "- Đồng chí Võ Phiên, Phó Chủ tịch UBND tỉnh;", LabelKind.Dash, null },
        // qn-ct-01 as OCR read it: specks before the number
        { "._8. Hiệp hội Doanh nghiệp tỉnh: Tuyên truyền, hướng dẫn các Hội viên", LabelKind.Number, "8" },
        // hn-qd-2280, the attached plan: a sub-numbered point
        { "2.1. Giải pháp chung:", LabelKind.SubNumber, "1" },
        // hn-qd-2280, the attached plan: a plus bullet under a dash
        { "+ Rà soát, đánh giá và cập nhật định hướng quy hoạch thoát nước Thủ đô", LabelKind.Plus, null },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void Reads_the_label_that_opens_a_paragraph(string line, LabelKind kind, string? token)
    {
        var label = ItemLabel.Read(line);
        Assert.NotNull(label);
        Assert.Equal(kind, label.Kind);
        Assert.Equal(token, label.PathToken);
    }

    [Theory]
    // qn-ct-01: a figure, not a label
    [InlineData("1.846 tổ chức sử dụng hóa đơn điện tử, chiếm khoảng 5,3% trên tổng số")]
    // a subject line
    [InlineData("V/v tăng cường triển khai thực hiện các nhiệm vụ, giải pháp")]
    // qn-cv-507: a wrapped line that starts with a document code
    [InlineData("202/BTTTT-KHTC ngày 21/01/2025 về việc góp ý dự thảo Quyết định sửa đổi,")]
    // qn-qd-47: "Điều" in running text, without the article's full stop
    [InlineData("Điều 1 Quyết định này theo quy định.")]
    // a year that wraps to the start of a line
    [InlineData("2024.")]
    public void Leaves_lines_without_a_label(string line) => Assert.Null(ItemLabel.Read(line));
}
