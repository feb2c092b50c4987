using Extraction.Text;

namespace Extraction.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Điều hành", "Dieu hanh")]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CONG HOA XA HOI CHU NGHIA VIET NAM")]
    [InlineData("Ủy ban nhân dân tỉnh Quảng Ngãi", "Uy ban nhan dan tinh Quang Ngai")]
    public void Fold_removes_every_diacritic(string text, string folded) => Assert.Equal(folded, VietnameseText.Fold(text));

    [Fact]
    public void Fold_keeps_positions_so_matches_can_be_cut_from_the_original()
    {
        const string line = "Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011";
        var folded = VietnameseText.FoldLower(line);
        Assert.Equal(line.Length, folded.Length);
        var at = folded.IndexOf("vi thanh", StringComparison.Ordinal);
        Assert.Equal("Vị Thanh", line.Substring(at, 8));
    }

    [Fact]
    public void Fold_normalises_decomposed_input_first()
    {
        var decomposed = "Độc lập".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal("Doc lap", VietnameseText.Fold(decomposed));
    }

    [Theory]
    [InlineData("Uỷ ban nhân dân", "Ủy ban nhân dân")]   // old-style tone on the second vowel
    [InlineData("Văn hoá, Thể thao", "Văn hóa, Thể thao")]
    [InlineData("Thanh Hoá", "Thanh Hóa")]
    [InlineData("hoàn thành", "hoàn thành")]             // "oà" inside a syllable is not a tone twin
    [InlineData("quý III", "quý III")]                   // "uý" after q is a different syllable shape
    [InlineData("Thuỷ lợi", "Thủy lợi")]
    public void NewStyleTones_moves_the_mark_to_the_first_vowel(string oldStyle, string newStyle) =>
        Assert.Equal(newStyle, VietnameseText.NewStyleTones(oldStyle));

    [Fact]
    public void Keys_match_old_and_new_tone_placement_and_folded_keys_forgive_lost_marks()
    {
        Assert.Equal(VietnameseText.Key("Ủy ban nhân dân tỉnh Thanh Hóa"), VietnameseText.Key("UỶ BAN NHÂN DÂN TỈNH THANH HOÁ"));
        Assert.Equal(VietnameseText.FoldedKey("Hưng Yên"), VietnameseText.FoldedKey("Hung Yên"));
        Assert.NotEqual(VietnameseText.Key("Hưng Yên"), VietnameseText.Key("Hung Yên"));
    }
}
