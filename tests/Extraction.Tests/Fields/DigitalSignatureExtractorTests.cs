using Extraction.Fields;

namespace Extraction.Tests.Fields;

public class DigitalSignatureExtractorTests
{
    [Fact]
    public void Reads_a_signature_stamp_whose_values_wrap()
    {
        // qn-ct-05-2020-scan.pdf: the stamp's text layer, as the PDF gives it.
        var r = Pipeline.ExtractFromText("Người ký: Ủy ban\nnhân dân tỉnh Quảng\nNgãi\nCơ quan: Tỉnh Quảng\nNgãi\nThời gian ký:\n16.04.2020 07:37:07\n+07:00\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 05/CT-UBND");
        var signature = Assert.Single(r.DigitalSignatures);
        Assert.Equal(("Ủy ban nhân dân tỉnh Quảng Ngãi", "Tỉnh Quảng Ngãi", "2020-04-16T07:37:07+07:00"), (signature.Signer, signature.Organization, signature.Time));
        Assert.Equal("Ủy ban nhân dân tỉnh Quảng Ngãi", r.Issuer);
    }

    [Fact]
    public void Reads_the_portal_stamp_and_the_issuers_stamp()
    {
        // qn-cv-299-2025-scan.pdf
        var r = Pipeline.ExtractFromText("TRUNG TÂM CÔNG\nBÁO VÀ TIN HỌC\nttcbth@quangngai.gov.vn\n16.01.2025 07:46:10\n+07:00\nKý bởi: Ủy ban nhân dân tỉnh Quảng Ngãi\nCơ quan: Tỉnh Quảng Ngãi\nThời gian ký: 15/01/2025 17:10:17\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 299/UBND-TTHC");
        Assert.Equal(2, r.DigitalSignatures.Count);
        Assert.Equal(("Trung tâm Công báo và tin học", "2025-01-16T07:46:10+07:00"), (r.DigitalSignatures[0].Signer, r.DigitalSignatures[0].Time));
        Assert.Equal(("Ủy ban nhân dân tỉnh Quảng Ngãi", "2025-01-15T17:10:17+07:00"), (r.DigitalSignatures[1].Signer, r.DigitalSignatures[1].Time));
        Assert.Equal("Ủy ban nhân dân tỉnh Quảng Ngãi", r.Issuer);
        Assert.Null(r.IssuerParent);
    }

    private const string QuangNgaiStamp = "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi\nCơ quan: Tỉnh Quảng Ngãi\nThời gian ký: 07/02/2025 14:59:55\n";

    [Fact]
    public void A_handwritten_day_is_completed_from_the_signature_time_with_a_warning()
    {
        // qn-ttr-24-2025-scan.pdf as OCR reads it: the day was handwritten.
        var r = Pipeline.ExtractFromText(QuangNgaiStamp + "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 24 /TTr-UBND\nQuảng Ngãi, ngày 0† tháng 02 năm 2025\nTỜ TRÌNH\nVề việc miễn nhiệm");
        Assert.Equal("2025-02-07", r.IssuedDate);
        Assert.Contains(r.Warnings, w => w.Code == IssuedDayFromSignature.WarningCode);
        var provenance = r.Provenance["issuedDate"];
        Assert.True(provenance.LowConfidence);
        Assert.Equal("2025-02", provenance.Previous!.GetValue<string>());
    }

    [Theory]
    [InlineData("Quảng Ngãi, ngày 05 tháng 02 năm 2025", "2025-02-05")] // a legible day is never replaced
    [InlineData("Quảng Ngãi, ngày    tháng 01 năm 2025", "2025-01")]    // another month: the stamp says nothing of the day
    public void The_signature_time_does_not_override_what_the_page_says(string placeDate, string expected)
    {
        var r = Pipeline.ExtractFromText(QuangNgaiStamp + "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 04 /QĐ-UBND\n" + placeDate + "\nQUYẾT ĐỊNH\nVề việc công nhận");
        Assert.Equal(expected, r.IssuedDate);
        Assert.DoesNotContain(r.Warnings, w => w.Code == IssuedDayFromSignature.WarningCode);
    }

    [Fact]
    public void An_issuer_misread_by_a_letter_takes_the_stamps_spelling()
    {
        // qn-tb-46-2025-scan.pdf: OCR read the bold header "TỈNH QUẢNG NGÃI" as "TÍNH QUÁẢNG NGÃI".
        var r = Pipeline.ExtractFromText(QuangNgaiStamp + "ỦY BAN NHÂN DÂN\nTÍNH QUÁẢNG NGÃI\nSố: 46 /TB-UBND\nQuảng Ngãi, ngày 24 tháng 01 năm 2025\nTHÔNG BÁO.\nVề việc thụ lý giải quyết khiếu nại lần hai");
        Assert.Equal("Ủy ban nhân dân tỉnh Quảng Ngãi", r.Issuer);
        Assert.Equal("Thông báo", r.DocumentType);
        Assert.Equal("Ủy ban nhân dân Tính quáảng ngãi", r.Provenance["issuer"].Previous!.GetValue<string>());
    }

    [Fact]
    public void Another_body_in_the_stamp_does_not_rename_the_issuer()
    {
        var r = Pipeline.ExtractFromText(QuangNgaiStamp + "UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ\nSố: 12 /SNV-TCBC\nQuảng Ngãi, ngày 24 tháng 01 năm 2025\nV/v tuyển dụng");
        Assert.Equal("Sở Nội vụ", r.Issuer);
    }
}
