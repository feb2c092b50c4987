using Extraction.Reading;
using Extraction.Reading.Ocr;
using Extraction.Reading.Ocr.Handwriting;

namespace Extraction.Tests.Ocr.Handwriting;

/// <summary>Where the blanks are, found from Tesseract's glyphs. Each line is a real OCR line of a corpus
/// scan with the glyph boxes Tesseract gave it (page 1 at 200 DPI).</summary>
public sealed class HandwrittenBlanksTests
{
    private const double PageHeight = 2339;

    [Fact]
    public void The_number_blank_runs_from_the_colon_to_the_slash()
    {
        // cp-nq-115-2026-scan: a handwritten "115" that Tesseract read as "445".
        var line = Line(("Số:", [("S", 377, 16), ("ố", 397, 15), (":", 417, 4)]),
            ("445", [("4", 431, 19), ("4", 451, 14), ("5", 470, 17)]),
            ("/NQ-CP", [("/", 508, 36), ("N", 528, 17), ("Q", 546, 24), ("-", 572, 10), ("C", 584, 22), ("P", 608, 19)]));

        var blank = Assert.Single(HandwrittenBlanks.Find([line], PageHeight));

        Assert.Equal(BlankKind.Number, blank.Kind);
        Assert.Equal((3, 6), (blank.FirstGlyph, blank.EndGlyph));
        Assert.Equal((421, 508), (blank.Left, blank.Right));
    }

    [Fact]
    public void A_handwritten_one_read_as_a_slash_stays_in_the_blank()
    {
        // A generated scan (handwriting benchmark): "413" written, Tesseract read "4/3".
        var line = Line(("Số:", [("S", 300, 16), ("ố", 318, 15), (":", 336, 4)]),
            ("4/3", [("4", 380, 20), ("/", 402, 12), ("3", 416, 20)]),
            ("/CT-UBND", [("/", 450, 10), ("C", 462, 18), ("T", 480, 16), ("-", 496, 8), ("U", 506, 18), ("B", 524, 16), ("N", 540, 18), ("D", 558, 18)]));

        var blank = Assert.Single(HandwrittenBlanks.Find([line], PageHeight));

        Assert.Equal("4/3", Glyphs(line, blank));
        Assert.Equal(450, blank.Right);
    }

    [Fact]
    public void A_slash_before_the_junk_read_from_the_digits_stays_in_the_blank()
    {
        // A generated scan (handwriting benchmark): "143" written, Tesseract read "/H£%" before "/QLCS-TS".
        var line = Line(("Số:", [("S", 300, 16), ("ố", 318, 15), (":", 336, 4)]),
            ("/H£%", [("/", 360, 10), ("H", 372, 20), ("£", 394, 18), ("%", 414, 20)]),
            ("/QLCS-TS", [("/", 450, 10), ("Q", 462, 20), ("L", 482, 16), ("C", 498, 18), ("S", 516, 16), ("-", 532, 8), ("T", 540, 16), ("S", 556, 16)]));

        var blank = Assert.Single(HandwrittenBlanks.Find([line], PageHeight));

        Assert.Equal("/H£%", Glyphs(line, blank));
        Assert.Equal(450, blank.Right);
    }

    [Fact]
    public void A_party_letters_number_ends_at_the_dash_before_its_type()
    {
        // "Số 53-KH/TU": the notation starts at the dash, so only "53" is the number's blank.
        var line = Line(("Số", [("S", 300, 16), ("ố", 318, 15)]),
            ("53-KH/TU", [("5", 350, 16), ("3", 366, 16), ("-", 382, 8), ("K", 390, 18), ("H", 408, 18), ("/", 426, 10), ("T", 436, 16), ("U", 452, 18)]));

        var blank = Assert.Single(HandwrittenBlanks.Find([line], PageHeight));

        Assert.Equal("53", Glyphs(line, blank));
    }

    [Fact]
    public void A_printed_letter_stretched_over_the_handwriting_does_not_hide_the_blank()
    {
        // qn-ttr-239-2024-scan: the "y" of "ngày" was given the "2" of a handwritten "20" (70 pixels wide).
        var line = Line(("Quảng", [("Q", 798, 26), ("u", 825, 17), ("ả", 844, 18), ("n", 863, 18), ("g", 881, 21)]),
            ("Ngãi,", [("N", 910, 29), ("g", 935, 21), ("ã", 947, 16), ("i", 956, 20), (",", 977, 14)]),
            ("ngày", [("n", 1007, 17), ("g", 1025, 21), ("à", 1045, 19), ("y", 1061, 70)]),
            ("0", [("0", 1100, 24)]),
            ("tháng", [("t", 1142, 10), ("h", 1152, 19), ("á", 1172, 18), ("n", 1191, 19), ("g", 1209, 22)]),
            ("12", [("1", 1243, 14), ("2", 1260, 18)]),
            ("năm", [("n", 1289, 18), ("ă", 1308, 19), ("m", 1328, 26)]),
            ("2024", [("2", 1366, 17), ("0", 1386, 18), ("2", 1404, 19), ("4", 1425, 18)]));

        var blanks = HandwrittenBlanks.Find([line], PageHeight);

        var day = Assert.Single(blanks, b => b.Kind == BlankKind.Day);
        Assert.InRange(day.Left, 1061 + 19, 1061 + 30);
        Assert.Equal(1142, day.Right);
        var month = Assert.Single(blanks, b => b.Kind == BlankKind.Month);
        Assert.Equal("12", Glyphs(line, month));
    }

    [Fact]
    public void A_date_cited_in_the_body_is_no_blank()
    {
        // cp-nq-115-2026-scan, a "Căn cứ" line near the top of page 1.
        var line = Line(("Báo", [("B", 300, 20), ("á", 320, 16), ("o", 336, 16)]),
            ("cáo", [("c", 360, 15), ("á", 375, 16), ("o", 391, 16)]),
            ("139/BC-UBND", [("1", 420, 15), ("3", 435, 16), ("9", 451, 16), ("/", 467, 12), ("B", 479, 20), ("C", 499, 20), ("-", 519, 10), ("U", 529, 22), ("B", 551, 20), ("N", 571, 22), ("D", 593, 22)]),
            ("ngày", [("n", 630, 17), ("g", 647, 18), ("à", 665, 16), ("y", 681, 18)]),
            ("23", [("2", 710, 16), ("3", 726, 16)]),
            ("tháng", [("t", 755, 10), ("h", 765, 18), ("á", 783, 16), ("n", 799, 17), ("g", 816, 18)]),
            ("4", [("4", 845, 16)]),
            ("năm", [("n", 875, 17), ("ă", 892, 16), ("m", 908, 25)]),
            ("2026;", [("2", 945, 16), ("0", 961, 16), ("2", 977, 16), ("6", 993, 16), (";", 1009, 6)]));

        Assert.Empty(HandwrittenBlanks.Find([line], PageHeight));
    }

    [Fact]
    public void Lines_below_the_letterhead_are_not_searched()
    {
        var line = Line(("Số:", [("S", 377, 16), ("ố", 397, 15), (":", 417, 4)]), ("/NQ-CP", [("/", 508, 36), ("N", 528, 17)])) with
        {
            Box = new Box(377, PageHeight * 0.6, 250, 34),
        };

        Assert.Empty(HandwrittenBlanks.Find([line], PageHeight));
    }

    private static string Glyphs(OcrLine line, HandwrittenBlank blank) =>
        string.Concat(HandwrittenBlanks.GlyphsOf(line).Skip(blank.FirstGlyph).Take(blank.EndGlyph - blank.FirstGlyph).Select(g => g.Text));

    private static OcrLine Line(params (string Text, (string Glyph, double Left, double Width)[] Glyphs)[] words)
    {
        var ocrWords = words.Select(w => new OcrWord(w.Text,
                new Box(w.Glyphs[0].Left, 320, w.Glyphs[^1].Left + w.Glyphs[^1].Width - w.Glyphs[0].Left, 36), 0.9)
            {
                Glyphs = [.. w.Glyphs.Select(g => new OcrGlyph(g.Glyph, new Box(g.Left, 320, g.Width, 36)))],
            }).ToList();
        return new OcrLine(ocrWords, new Box(ocrWords[0].Box.Left, 320, ocrWords[^1].Box.Left + ocrWords[^1].Box.Width - ocrWords[0].Box.Left, 36));
    }
}
