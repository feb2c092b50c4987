using Extraction.Records;
using Extraction.Registers;

namespace Extraction.Tests.Registers;

/// <summary>How the registers name a letter, from header values of corpus letters.</summary>
public class LetterDescriptionTests
{
    [Theory]
    // seed-000: a công văn's subject follows "V/v"; qn-tb-11-2025: a thông báo's follows its title.
    [InlineData("Công văn", "tăng cường triển khai thực hiện", "Công văn về việc tăng cường triển khai thực hiện")]
    [InlineData("Thông báo", "Kết luận của Chủ tịch UBND tỉnh", "Thông báo Kết luận của Chủ tịch UBND tỉnh")]
    [InlineData(null, "tăng cường triển khai thực hiện", "tăng cường triển khai thực hiện")]
    public void Type_and_subject(string? type, string subject, string expected) =>
        Assert.Equal(expected, LetterDescription.TypeAndSubject(new LetterRecord { DocumentType = type, Subject = subject }));

    [Theory]
    // seed-001 leaves the number blank ("Số: /UBND-NV") and the day blank ("tháng 5 năm 2024").
    [InlineData("9063", "UBND-THNC", "9063/UBND-THNC")]
    [InlineData(null, "UBND-NV", "/UBND-NV")]
    public void Number_and_notation(string? number, string notation, string expected) =>
        Assert.Equal(expected, LetterDescription.Code(new LetterRecord { Number = number, Notation = notation }));

    [Theory]
    [InlineData("2024-05-04", "04/05/2024")]
    [InlineData("2024-05", "05/2024")]
    [InlineData("2023", "2023")]
    public void Dates_as_the_registers_write_them(string iso, string written) => Assert.Equal(written, LetterDescription.Date(iso));

    [Fact]
    public void Identification_names_only_what_the_letter_has() =>
        Assert.Equal("Công văn số /UBND-NV ngày 05/2024 của Ủy ban nhân dân thành phố Đông Hà",
            LetterDescription.Identification(new LetterRecord
            {
                DocumentType = "Công văn", Notation = "UBND-NV", IssuedDate = "2024-05", Issuer = "Ủy ban nhân dân thành phố Đông Hà",
            }));
}
