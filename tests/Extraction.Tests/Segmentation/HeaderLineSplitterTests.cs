using Extraction.Segmentation;

namespace Extraction.Tests.Segmentation;

public class HeaderLineSplitterTests
{
    [Theory]
    // hg-cv-454-2011, copied from a web page: both columns on one line.
    [InlineData("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", new[] { "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" })]
    [InlineData("TỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc", new[] { "TỈNH HẬU GIANG", "Độc Lập - Tự Do - Hạnh Phúc" })]
    [InlineData("Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011", new[] { "Số: 454/UBND-NCTH", "Vị Thanh, ngày 6 tháng 4 năm 2011" })]
    // OCR of a whole page (notes/ocr.md): "Số: /UBND-NC Hung Yên, ngày ...".
    [InlineData("Số: /UBND-NC Hung Yên, ngày 12 tháng 3 năm 2024", new[] { "Số: /UBND-NC", "Hung Yên, ngày 12 tháng 3 năm 2024" })]
    [InlineData("V/v tăng cường triển khai các Cần Thơ, ngày 25 tháng 5 năm 2023", new[] { "V/v tăng cường triển khai các", "Cần Thơ, ngày 25 tháng 5 năm 2023" })]
    [InlineData("Cần Thơ, ngày 25 tháng 5 năm 2023", new[] { "Cần Thơ, ngày 25 tháng 5 năm 2023" })]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", new[] { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" })]
    // seed-000-scan: the issuer's line printed into the motto, read as one word ("THƠ" + "CỘNG" → "THỘNG").
    // The glued word stays as read, on the motto's side.
    [InlineData("UBND THÀNH PHỐ CẦN THỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", new[] { "UBND THÀNH PHỐ CẦN", "THỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" })]
    public void Splits_a_line_holding_both_columns(string line, string[] pieces) =>
        Assert.Equal(pieces, HeaderLineSplitter.Split(line));
}
