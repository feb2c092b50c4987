using Extraction.Segmentation;

namespace Extraction.Tests.Segmentation;

public sealed class ClosingLineSplitterTests
{
    [Theory]
    // cp-nq-115-2026-scan as OCR reads the closing
    [InlineData("- Ban Bí thư Trung ương Đảng; KT. THỦ TƯỚNG", "- Ban Bí thư Trung ương Đảng;", "KT. THỦ TƯỚNG")]
    [InlineData("- Ủy ban trung ương Mặt trận Tổ quốc Việt Nam; Hồ Quốc Dũng", "- Ủy ban trung ương Mặt trận Tổ quốc Việt Nam;", "Hồ Quốc Dũng")]
    // made-blind3-cv-svhttdlkhanhhoa-1287-2026 (pdftotext -layout): the name beside the archive line
    [InlineData("- Lưu: VT, QLDL(Ng). Nguyễn Thị Thanh Tâm", "- Lưu: VT, QLDL(Ng).", "Nguyễn Thị Thanh Tâm")]
    // made-blind4-ttr-hoathang-86-2025 (tab columns): a Central Highlands name, and the note printed for the signature
    [InlineData("- Phòng Kinh tế; Y Suôn Byă", "- Phòng Kinh tế;", "Y Suôn Byă")]
    [InlineData("- Đại biểu HĐND xã; (Đã ký)", "- Đại biểu HĐND xã;", "(Đã ký)")]
    public void A_line_holding_both_closing_columns_is_cut_before_the_signature(string line, string left, string right) =>
        Assert.Equal([left, right], ClosingLineSplitter.Split(line));

    [Theory]
    [InlineData("- Sở Nội vụ; Sở Tài chính;")]
    // made-blind3-cv-svhttdlkhanhhoa-1287-2026: bodies in title case are no person
    [InlineData("Đồng kính gửi: Công an tỉnh; Sở Công Thương.")]
    [InlineData("- Lưu: VT, KTTH.")]
    [InlineData("III. TỔ CHỨC THỰC HIỆN")]
    public void A_distribution_item_or_a_heading_stays_whole(string line) =>
        Assert.Equal([line], ClosingLineSplitter.Split(line));
}
