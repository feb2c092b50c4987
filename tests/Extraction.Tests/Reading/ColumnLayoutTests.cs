using Extraction.Reading.Pdf;

namespace Extraction.Tests.Reading;

/// <summary>The layout rules on hand-placed words (points, top-left origin, 13 pt text).</summary>
public class ColumnLayoutTests
{
    private static PlacedWord W(string text, double left, double baseline) =>
        new(text, left, left + text.Length * 6, baseline - 10, baseline + 3, baseline, 13);

    private static List<string> Read(params PlacedWord[] words) => ColumnLayout.Instance.Lines(words).Select(l => l.Text).ToList();

    [Fact]
    public void Two_header_columns_are_read_left_block_then_right_block()
    {
        var lines = Read(
            W("ỦY", 100, 50), W("BAN", 120, 50), W("CỘNG", 300, 50), W("HÒA", 330, 50),
            W("TỈNH", 100, 66), W("X", 130, 66), W("Độc", 310, 66), W("lập", 335, 66),
            W("Số:", 100, 82), W("12/UBND", 122, 82), W("X,", 300, 82), W("ngày", 315, 82));
        Assert.Equal(["ỦY BAN", "TỈNH X", "Số: 12/UBND", "CỘNG HÒA", "Độc lập", "X, ngày"], lines);
    }

    [Fact]
    public void A_blank_for_a_handwritten_number_does_not_cut_the_line() =>
        Assert.Equal(["Số: /QĐ-UBND"], Read(W("Số:", 100, 82), W("/QĐ-UBND", 170, 82)));

    [Fact]
    public void Full_width_body_rows_stay_whole_lines_in_order() =>
        Assert.Equal(["Căn cứ Luật", "Theo đề nghị"], Read(W("Căn", 70, 200), W("cứ", 95, 200), W("Luật", 115, 200), W("Theo", 70, 216), W("đề", 100, 216), W("nghị", 118, 216)));

    [Fact]
    public void Signer_name_below_the_signature_space_stays_in_the_right_column()
    {
        var lines = Read(
            W("Nơi", 70, 500), W("nhận:", 92, 500), W("KT.", 350, 500), W("CHỦ", 372, 500),
            W("-", 70, 515), W("Lưu:", 80, 515), W("VT.", 108, 515), W("PHÓ", 350, 515),
            W("Trương", 350, 580), W("Dũng", 395, 580));
        Assert.Equal(["Nơi nhận:", "- Lưu: VT.", "KT. CHỦ", "PHÓ", "Trương Dũng"], lines);
    }
}
