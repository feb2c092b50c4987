using System.Text;
using Extraction.Reading;
using Extraction.Reading.Pdf;

namespace Extraction.Tests.Reading;

/// <summary>Reading order of the text-layer corpus letters: header columns, number, place-date,
/// distribution list and signature block come out as separate lines, column by column.</summary>
public class PdfReadingOrderTests
{
    private static List<string> Lines(string fileName, int page = 1) =>
        new LetterReader(new LetterReaderOptions()).Read(CorpusFiles.Letter(fileName)).Pages[page - 1].Lines.Select(l => l.Text).ToList();

    [Fact]
    public void Qn_cv_507_header_is_stamp_block_then_left_column_then_right_column()
    {
        var lines = Lines("qn-cv-507-2025.pdf");
        Assert.Equal(
        [
            "TRUNG TÂM CÔNG", "BÁO VÀ TIN HỌC", "ttcbth@quangngai.gov.vn", "24.01.2025 20:01:14", "+07:00",
            "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 507 /UBND-KGVX", "V/v góp ý dự thảo Quyết định sửa",
            "đổi, bổ sung một số điều của", "Quyết định số 2269/QĐ-TTg về", "Chương trình cung cấp dịch vụ", "viễn thông công ích",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Ngãi, ngày 24 tháng 01 năm 2025",
            "Kính gửi: Sở Thông tin và Truyền thông",
        ], lines.Take(17));
        Assert.Equal(
        [
            "Nơi nhận:", "- Như trên;", "- Bộ Thông tin và Truyền thông (b/cáo);", "- CT, PCT UBND tỉnh (b/cáo);", "- VPUB: CVP, PCVP, KTTH;",
            "- Cổng TTĐT tỉnh;", "- Lưu: VT, KGVX(bnt).", "TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Phùng Tô Long",
        ], lines.TakeLast(11));
    }

    [Fact]
    public void Hn_qd_2280_keeps_the_number_with_its_handwriting_gap_on_one_line()
    {
        var lines = Lines("hn-qd-2280-2026.pdf");
        Assert.Equal(
        [
            "ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "Số: 2280 /QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 29 tháng 4 năm 2026", "QUYẾT ĐỊNH",
        ], lines.Take(7));
        var signature = lines.IndexOf("TM. ỦY BAN NHÂN DÂN");
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trương Việt Dũng"], lines.Skip(signature).Take(4));
        Assert.Contains("- Thường trực Thành ủy; (để b/c)", lines);
        Assert.True(lines.IndexOf("Nơi nhận:") < signature);
    }

    [Theory]
    [InlineData("qn-tb-11-2025.pdf", "Số: 11 /TB-UBND", "Quảng Ngãi, ngày 08 tháng 01 năm 2025", "Nguyễn Phước Bình")]
    [InlineData("qn-tb-542-2024.pdf", "Số: 542 /TB-UBND", "Quảng Ngãi, ngày 06 tháng 11 năm 2024", "Phùng Tô Long")]
    [InlineData("seed-002-digital.pdf", "Số: 9063 /UBND-THNC", "Biên Hòa, ngày 04 tháng 5 năm 2024", "Đỗ Khôi Nguyên")]
    public void Number_place_date_and_signer_are_lines_of_their_own(string fileName, string number, string placeDate, string signer)
    {
        var document = new LetterReader(new LetterReaderOptions()).Read(CorpusFiles.Letter(fileName));
        var lines = document.Pages.SelectMany(p => p.Lines).Select(l => l.Text).ToList();
        Assert.Contains(number, lines);
        Assert.Contains(placeDate, lines);
        Assert.Equal(signer, lines[^1]);
        Assert.True(lines.IndexOf(number) < lines.IndexOf(placeDate));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", lines);
    }

    [Fact]
    public void Page_numbers_are_removed_and_every_line_is_nfc()
    {
        var document = new LetterReader(new LetterReaderOptions()).Read(CorpusFiles.Letter("qn-tb-11-2025.pdf"));
        Assert.Equal(2, document.Pages.Count);
        Assert.Equal("thực hiện theo đúng quy định và có tính khả thi. Hoàn thành và báo cáo", document.Pages[1].Lines[0].Text);
        Assert.All(document.Pages.SelectMany(p => p.Lines), l => Assert.True(l.Text.IsNormalized(NormalizationForm.FormC), l.Text));
        Assert.All(document.Pages.SelectMany(p => p.Lines), l => Assert.Equal(LineOrigin.PdfText, l.Origin));
    }

    [Fact]
    public void Signature_dictionaries_name_the_signer_from_the_certificate()
    {
        var document = new LetterReader(new LetterReaderOptions()).Read(CorpusFiles.Letter("qn-cv-507-2025.pdf"));
        var personal = Assert.Single(document.EmbeddedSignatures, s => s.Signer == "Phùng Tô Long");
        Assert.Equal("2025-01-24T15:06:22+07:00", personal.Time);
        Assert.Equal(PdfSignatureDictionaries.Origin, personal.Origin);
        Assert.Contains(document.EmbeddedSignatures, s => s.Signer == "Ủy ban nhân dân tỉnh Quảng Ngãi" && s.Organization == "Tỉnh Quảng Ngãi");
    }

    [Theory]
    [InlineData("D:20250124150622+07'00'", "2025-01-24T15:06:22+07:00")]
    [InlineData("D:20240101", "2024-01-01T00:00:00+00:00")]
    [InlineData("not a date", null)]
    public void Pdf_dates_become_iso_times(string pdfDate, string? iso) => Assert.Equal(iso, PdfSignatureDictionaries.IsoTime(pdfDate));
}
