using Extraction.Tests.Ocr;

namespace Extraction.Tests.Ocr.Handwriting;

/// <summary>
/// Real scans whose number and day were written by hand after printing. Tesseract alone read
/// "Số: 892. /UBND-TTHC", "Số: 445 /NQ-CP" (with 0.93 confidence) and "ngày 0 tháng 12"; the digit model
/// reads what the gold records hold. The pages are the ones the letterhead test recognises.
/// </summary>
[Collection("ocr")]
public sealed class HandwrittenFieldTests(OcrFixture ocr)
{
    [Theory]
    [InlineData("qn-cv-299-2025-scan", "Số: 299 /UBND-TTHC", "Quảng Ngãi, ngày 15 tháng 01 năm 2025")]
    [InlineData("cp-nq-115-2026-scan", "Số: 115 /NQ-CP", "Hà Nội, ngày 29 tháng 4 năm 2026")]
    [InlineData("qn-ttr-239-2024-scan", "Số: 239 /TTr-UBND", "Quảng Ngãi, ngày 20 tháng 12 năm 2024")]
    public void The_handwritten_number_and_date_are_read_into_their_lines(string id, string numberLine, string dateLine)
    {
        var lines = ocr.FirstPageOf(id).Lines.Select(l => l.Text).ToList();

        Assert.Contains(numberLine, lines);
        Assert.Contains(dateLine, lines);
    }

    [Fact]
    public void Digits_read_by_hand_carry_the_models_confidence_and_their_own_box()
    {
        var line = ocr.FirstPageOf("qn-cv-299-2025-scan").Lines.Single(l => l.Text.StartsWith("Số:"));
        var number = line.Words.Single(w => w.Text == "299");

        Assert.InRange(number.Confidence, 0.3, 1);
        Assert.True(number.Box.Left > line.Words[0].Box.Left + line.Words[0].Box.Width, "the digits' box lies after \"Số:\"");
        Assert.True(number.Box.Left + number.Box.Width < line.Words[^1].Box.Left + 5, "and before the notation");
    }
}
