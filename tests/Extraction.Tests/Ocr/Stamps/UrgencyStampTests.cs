using Extraction.Reading.Ocr;
using Extraction.Reading.Ocr.Stamps;
using Extraction.Tests.Ocr;

namespace Extraction.Tests.Ocr.Stamps;

/// <summary>Red urgency stamps: found in the colour, turned level, read on their own.</summary>
[Collection("ocr")]
public sealed class UrgencyStampTests(OcrFixture ocr)
{
    [Fact]
    public void A_slanted_red_stamp_is_read_as_the_letters_urgency()
    {
        // qn-cv-299-2025-scan: "HỎA TỐC" in a red arrow at 40° under the letterhead; the page's grey
        // image, taken from the brightest channel, has no trace of it.
        var first = ocr.FirstPageOf("qn-cv-299-2025-scan").Lines[0];

        Assert.Equal("HỎA TỐC", first.Text);
        Assert.Equal(["HỎA", "TỐC"], first.Words.Select(w => w.Text));
        Assert.True(first.Words[0].Box.Left + first.Words[0].Box.Width < first.Words[1].Box.Left, "the words lie side by side");
        Assert.True(first.Confidence > 0.8, $"confidence {first.Confidence}");
    }

    [Theory]
    [InlineData("qn-cv-575-2025-scan")]    // a red e-signature seal at the top right
    [InlineData("cp-nq-115-2026-scan")]    // black and white
    public void Red_that_is_not_an_urgency_stamp_adds_no_line(string id)
    {
        Assert.DoesNotContain(ocr.FirstPageOf(id).Lines, l => UrgencyStampReader.Urgency(l.Text) is not null);
    }

    [Theory]
    [InlineData("HỎA TỐC\n", "HỎA TỐC")]
    [InlineData("HOẢ TỐC", "HỎA TỐC")]
    [InlineData("THƯỢNG KHẨN", "THƯỢNG KHẨN")]
    [InlineData("~ KHẨN .", "KHẨN")]
    [InlineData("khẩn trương thực hiện", null)]
    [InlineData("201 VỌH", null)]
    public void Only_an_urgency_is_taken_from_a_stamp(string read, string? urgency) =>
        Assert.Equal(urgency, UrgencyStampReader.Urgency(read));

    [Fact]
    public void A_stamp_is_turned_level_along_its_text()
    {
        // A bar rising to the right at 45°, as an urgency stamp is set.
        const int size = 60;
        var ink = new bool[size * size];
        for (var i = 5; i < 55; i++)
            for (var t = -2; t <= 2; t++) ink[(size - 1 - i + t) * size + i] = true;

        var direction = StampShape.Direction(ink, size);
        var (grey, width, height) = StampShape.Levelled(ink, size, size, direction);

        Assert.InRange(direction, -46, -44);
        Assert.InRange(StampShape.Direction([.. grey.Select(g => g == 0)], width), -1, 1);
        Assert.True(height >= size, "the canvas holds the turned stamp");
    }

    [Fact]
    public void The_frame_goes_and_the_letters_stay()
    {
        const int width = 80, height = 40;
        var ink = new bool[width * height];
        for (var x = 0; x < width; x++) ink[x] = ink[(height - 1) * width + x] = true;     // the frame
        for (var y = 0; y < height; y++) ink[y * width] = ink[y * width + width - 1] = true;
        for (var y = 15; y < 25; y++) ink[y * width + 20] = ink[y * width + 40] = true;    // two letters

        var letters = StampShape.WithoutFrame(ink, width, height);

        Assert.Equal(20, letters.Count(b => b));
        Assert.True(letters[15 * width + 20] && letters[24 * width + 40]);
    }
}
