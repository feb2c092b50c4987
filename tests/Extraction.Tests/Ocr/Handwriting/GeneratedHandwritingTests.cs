using Extraction.ScanGenerator;

namespace Extraction.Tests.Ocr.Handwriting;

/// <summary>The scan generator's handwritten blanks, which the handwriting benchmark writes MNIST digits into.</summary>
public sealed class GeneratedHandwritingTests
{
    [Fact]
    public void A_marked_blank_is_printed_as_figure_spaces_where_the_digits_go()
    {
        var line = "Quảng Ngãi, ngày " + HandwrittenBlank.Mark("04") + " tháng " + HandwrittenBlank.Mark("2") + " năm 2025";

        var (printed, blanks) = HandwrittenBlank.Split(line);

        Assert.Equal("Quảng Ngãi, ngày \u2007\u2007\u2007\u2007\u2007\u2007 tháng \u2007\u2007\u2007 năm 2025", printed);
        Assert.Equal([(17, 6, "04"), (30, 3, "2")], blanks);
        Assert.Equal("Quảng Ngãi, ngày 04 tháng 2 năm 2025", HandwrittenBlank.Unmark(line));
    }

    [Fact]
    public void A_place_and_date_line_after_the_subject_is_still_printed_in_the_right_column()
    {
        // made-blind texts give the subject before the motto and the date; the paper prints them side by side.
        var layout = LetterLayout.FromText(string.Join('\n',
            "ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "Số: " + HandwrittenBlank.Mark("142") + "/BC-UBND",
            "V/v triển khai kế hoạch",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Tân Hòa, ngày " + HandwrittenBlank.Mark("12") + " tháng 6 năm 2024",
            "Kính gửi: Ủy ban nhân dân huyện."));

        Assert.Equal(["V/v triển khai kế hoạch"], layout.Subject.Select(l => l.Text));
        Assert.Contains(layout.HeaderRight, l => l.Text.StartsWith("Tân Hòa, ngày"));
        Assert.Contains("Số: 142/BC-UBND", layout.ReadingText);
    }
}
