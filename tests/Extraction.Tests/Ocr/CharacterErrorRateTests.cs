using Extraction.Reading.Ocr;

namespace Extraction.Tests.Ocr;

public sealed class CharacterErrorRateTests
{
    [Theory]
    // identical once white space is normalised
    [InlineData("Kính gửi:\n  - Sở Nội vụ;", "Kính gửi: - Sở Nội vụ;", 0.0)]
    // a hook above read as an acute: one substitution in 7 characters ("tổ chức")
    [InlineData("tố chức", "tổ chức", 1 / 7.0)]
    // a decomposed mark is the same letter after NFC
    [InlineData("To\u0302\u0309", "Tổ", 0.0)]
    // a page number read that is not in the text: six deletions
    [InlineData("năm 2024 - 2 -", "năm 2024", 6 / 8.0)]
    // nothing read from a page with text
    [InlineData("", "Số: 62", 1.0)]
    public void CountsEditsOverTheTrueLength(string recognised, string truth, double expected)
    {
        Assert.Equal(expected, CharacterErrorRate.Of(recognised, truth), precision: 6);
    }

    [Fact]
    public void CountsInsertionsDeletionsAndSubstitutions()
    {
        Assert.Equal(3, CharacterErrorRate.EditDistance("kitten", "sitting"));
    }
}
