using Extraction.Text;

namespace Extraction.Tests.Text;

public class AdminLexiconTests
{
    [Theory]
    // seed-000 header as OCR gave it: "CHUYÊN ĐỔI SỐ" for "CHUYỂN ĐỔI SỐ".
    [InlineData("CHÍNH VÀ CHUYÊN ĐỔI SỐ", "CHÍNH VÀ CHUYỂN ĐỔI SỐ")]
    [InlineData("Hung Yên, ngày", "Hưng Yên, ngày")]
    [InlineData("Cải cách hành chinh", "Cải cách hành chính")]
    [InlineData("Công TTĐT TP", "Cổng TTĐT TP")]
    [InlineData("PHÓ CHỦ TỊC", "PHÓ CHỦ TỊCH")]          // qn-tb-46 scan: OCR dropped the line's last letter
    public void Repairs_phrases_whose_spelling_is_certain(string damaged, string repaired) =>
        Assert.Equal(repaired, AdminLexicon.RepairKnownPhrases(damaged));

    [Theory]
    [InlineData("đặc điểm của địa phương")]   // "phương" must not become "phường"
    [InlineData("thành phố Vinh và huyện Vĩnh Linh")]
    public void Leaves_single_words_alone_because_they_are_never_certain(string text) =>
        Assert.Equal(text, AdminLexicon.RepairKnownPhrases(text));

    [Fact]
    public void Running_text_repairs_only_long_phrases()
    {
        Assert.Equal("văn phong của văn bản", AdminLexicon.RepairKnownPhrases("văn phong của văn bản", minWords: 3));
        Assert.Equal("nâng cao chỉ số chuyển đổi số", AdminLexicon.RepairKnownPhrases("nâng cao chỉ số chuyên đổi số", minWords: 3));
    }

    [Theory]
    [InlineData("UBND THÀNH PHỐ CẦN THƠ", "Ủy ban nhân dân THÀNH PHỐ CẦN THƠ")]
    [InlineData("Chủ tịch UBND TP", "Chủ tịch Ủy ban nhân dân thành phố")]
    [InlineData("UBND-NV", "UBND-NV")]   // a notation is not an abbreviation to expand
    public void Expands_abbreviations_that_stand_for_whole_bodies(string text, string expanded) =>
        Assert.Equal(expanded, AdminLexicon.ExpandAbbreviations(text));

    [Fact]
    public void Restores_the_Đ_of_an_abbreviation() =>
        Assert.Equal("Thành viên BCĐ CCHC thành phố", AdminLexicon.RepairAbbreviations("Thành viên BCD CCHC thành phố"));
}
