using System.Text;
using Extraction.Search.Analysis;

namespace Extraction.Search.Tests;

public sealed class VietnameseAnalyzerTests
{
    private static IReadOnlyList<string> Terms(TextForm form, string text) =>
        VietnameseAnalyzer.Instance.Terms(TextForms.Field("text", form), text);

    [Fact]
    public void Exact_form_is_lower_case_and_keeps_diacritics()
    {
        Assert.Equal(["cải", "cách", "hành", "chính"], Terms(TextForm.Exact, "CẢI CÁCH HÀNH CHÍNH"));
    }

    [Theory]
    // Old and new tone placement, as letters print both (corpus README: "uỷ", "hoá" kept as printed).
    [InlineData("Uỷ ban nhân dân", "Ủy ban nhân dân")]
    [InlineData("hoá đơn điện tử", "hóa đơn điện tử")]
    [InlineData("Biên Hoà", "Biên Hòa")]
    [InlineData("thuỷ lợi", "thủy lợi")]
    public void Exact_form_treats_old_and_new_tone_placement_alike(string oldStyle, string newStyle)
    {
        Assert.Equal(Terms(TextForm.Exact, newStyle), Terms(TextForm.Exact, oldStyle));
    }

    [Fact]
    public void Exact_form_keeps_different_words_apart()
    {
        Assert.NotEqual(Terms(TextForm.Exact, "đường"), Terms(TextForm.Exact, "dương"));
    }

    [Fact]
    public void Folded_form_drops_every_diacritic_and_maps_đ_to_d()
    {
        Assert.Equal(["ban", "chi", "dao", "cai", "cach", "hanh", "chinh", "va", "chuyen", "doi", "so"],
            Terms(TextForm.Folded, "Ban Chỉ đạo Cải cách hành chính và Chuyển đổi số"));
    }

    [Fact]
    public void Decomposed_input_analyses_like_composed_input()
    {
        const string text = "Độc lập - Tự do - Hạnh phúc";

        Assert.Equal(Terms(TextForm.Folded, text), Terms(TextForm.Folded, text.Normalize(NormalizationForm.FormD)));
        Assert.Equal(Terms(TextForm.Exact, text), Terms(TextForm.Exact, text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Bigram_form_pairs_adjacent_syllables_without_single_ones()
    {
        Assert.Equal(["cai cach", "cach hanh", "hanh chinh"], Terms(TextForm.FoldedBigrams, "cải cách hành chính"));
    }

    [Fact]
    public void A_document_code_is_split_in_text_fields()
    {
        Assert.Equal(["123", "qd", "ubnd"], Terms(TextForm.Folded, "123/QĐ-UBND"));
    }
}
