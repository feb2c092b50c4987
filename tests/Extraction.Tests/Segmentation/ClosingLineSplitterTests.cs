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
    public void A_line_holding_both_closing_columns_is_cut_before_the_signature(string line, string left, string right) =>
        Assert.Equal([left, right], ClosingLineSplitter.Split(line));

    [Theory]
    [InlineData("- Sở Nội vụ; Sở Tài chính;")]
    [InlineData("- Lưu: VT, KTTH.")]
    [InlineData("III. TỔ CHỨC THỰC HIỆN")]
    public void A_distribution_item_or_a_heading_stays_whole(string line) =>
        Assert.Equal([line], ClosingLineSplitter.Split(line));
}
