using Extraction.Llm.Prompting;
using Extraction.Segmentation;

namespace Extraction.Llm.Tests.Prompting;

/// <summary>What --redact masks, on lines of the corpus letters (qn-tb-11-2025, qn-tb-542-2024, hn-qd-2280-2026,
/// seed-000 and the Quảng Ngãi e-gazette stamps).</summary>
public sealed class RedactorTests
{
    [Theory]
    // A person named in running text, after a title or "Đồng chí".
    [InlineData("Kết luận của Phó Chủ tịch UBND tỉnh Võ Phiên tại cuộc họp nghe", "Kết luận của Phó Chủ tịch UBND tỉnh [NAME-1] tại cuộc họp nghe")]
    [InlineData("- Đồng chí Võ Phiên, Phó Chủ tịch UBND tỉnh;", "- Đồng chí [NAME-1], Phó Chủ tịch UBND tỉnh;")]
    [InlineData("Trưởng Ban Chỉ đạo Trung ương các Chương trình MTQG Nguyễn Hòa", "Trưởng Ban Chỉ đạo Trung ương các Chương trình MTQG [NAME-1]")]
    // The e-gazette's address in the stamp.
    [InlineData("ttcbth@quangngai.gov.vn", "[EMAIL-1]")]
    // Places that start like a family name stay: they are what the place field is read from.
    [InlineData("Hà Nội, ngày 29 tháng 4 năm 2026", "Hà Nội, ngày 29 tháng 4 năm 2026")]
    [InlineData("Quảng Ngãi, ngày 06 tháng 11 năm 2024", "Quảng Ngãi, ngày 06 tháng 11 năm 2024")]
    // Codes and dates are not phone numbers.
    [InlineData("Căn cứ Thông báo số 212-TB/TU ngày 23/01/2026 của Thành ủy Hà Nội;", "Căn cứ Thông báo số 212-TB/TU ngày 23/01/2026 của Thành ủy Hà Nội;")]
    public void MasksPeopleAndAddressesButNotPlacesOrCodes(string line, string expected) =>
        Assert.Equal(expected, new Redactor().Mask(line, Zone.Body));

    [Theory]
    // Phone numbers as letters print them in their footers (formats, not numbers from the corpus).
    [InlineData("Điện thoại: 0255.3822.123", "Điện thoại: [PHONE-1]")]
    [InlineData("ĐT: 3822123; Fax: 0255 3824 456", "ĐT: [PHONE-1]; Fax: [PHONE-2]")]
    [InlineData("liên hệ ông A, số 0913 456 789 hoặc +84 913 456 789", "liên hệ ông A, số [PHONE-1] hoặc [PHONE-1]")]
    public void MasksPhoneNumbersAndGivesTheSameNumberTheSamePlaceholder(string line, string expected) =>
        Assert.Equal(expected, new Redactor().Mask(line, Zone.Body));

    [Fact]
    public void NamesInCapitalsAreMaskedOnlyUnderTheSignature()
    {
        var redactor = new Redactor();
        Assert.Equal("[NAME-1]", redactor.Mask("VÕ PHIÊN", Zone.SignerName));
        Assert.Equal("VĂN PHÒNG UBND TỈNH QUẢNG NGÃI", redactor.Mask("VĂN PHÒNG UBND TỈNH QUẢNG NGÃI", Zone.Issuer));
        Assert.Equal("học tập và làm theo tư tưởng, đạo đức, phong cách HỒ CHÍ MINH",
            redactor.Mask("học tập và làm theo tư tưởng, đạo đức, phong cách HỒ CHÍ MINH", Zone.Body));
    }

    [Fact]
    public void OnePersonIsOnePlaceholderAndTheAnswerGetsTheNameBack()
    {
        var redactor = new Redactor();
        Assert.Equal("[NAME-1]", redactor.Mask("Trần Việt Trường", Zone.SignerName));
        Assert.Equal("{\"name\":\"[NAME-1]\"}", redactor.Mask("{\"name\":\"Trần Việt Trường\"}"));
        Assert.Equal("[NAME-2]", redactor.Mask("Võ Phiên"));
        Assert.Equal("Trần Việt Trường ký thay Võ Phiên", redactor.Unmask("[NAME-1] ký thay [NAME-2]"));
        Assert.Equal("[NAME-9] stays as the model wrote it", redactor.Unmask("[NAME-9] stays as the model wrote it"));
    }

    [Fact]
    public void OffChangesNothing()
    {
        const string line = "- Đồng chí Võ Phiên, Phó Chủ tịch UBND tỉnh; ĐT: 0255.3822.123";
        Assert.Equal(line, Redactor.Off.Mask(line, Zone.Body));
    }
}
