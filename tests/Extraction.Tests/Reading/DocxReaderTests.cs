using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Extraction.Reading;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Extraction.Tests.Reading;

public class DocxReaderTests
{
    private static List<string> Lines(string path) =>
        new LetterReader(new LetterReaderOptions()).Read(path).Pages.SelectMany(p => p.Lines).Select(l => l.Text).ToList();

    [Fact]
    public void Header_table_is_read_as_left_cell_then_right_cell_and_page_header_is_ignored()
    {
        var lines = Lines(CorpusFiles.Letter("made-docx-svhttdl-317-2024.docx"));
        Assert.Equal(
        [
            "UBND TỈNH SÓC TRĂNG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 317/SVHTTDL-NV",
            "V/v tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Sóc Trăng, ngày 12 tháng 03 năm 2024", "Kính gửi:",
        ], lines.Take(8));
        Assert.Equal(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lâm Thị Hồng Nhung"], lines.TakeLast(3));
        Assert.DoesNotContain(lines, l => l.Contains("văn bản điện tử"));
    }

    [Fact]
    public void A_table_row_of_three_or_more_filled_cells_is_one_line()
    {
        // made-blind-kh-snnangiang-86-2024's table of tasks as a Word table, under a layout row with a blank spacer cell.
        var path = CorpusFiles.Scratch("task-table.docx");
        using (var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Table(
                Row("ỦY BAN NHÂN DÂN", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                Row("TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành"),
                Row("1", "Tiêm phòng vắc xin lở mồm long móng đợt 1", "Chi cục Chăn nuôi và Thú y", "Quý II/2024"))));
        }
        Assert.Equal(
        [
            "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "| TT | Nội dung công việc | Đơn vị chủ trì | Thời gian hoàn thành |",
            "| 1 | Tiêm phòng vắc xin lở mồm long móng đợt 1 | Chi cục Chăn nuôi và Thú y | Quý II/2024 |",
        ], Lines(path));
    }

    [Fact]
    public void Automatic_list_numbers_are_written_before_their_paragraphs()
    {
        // made-blind5-cv-stcdongthap-2150-2026: items and points numbered by Word, not typed.
        var path = CorpusFiles.Scratch("numbering.docx");
        using (var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var numberingPart = main.AddNewPart<NumberingDefinitionsPart>();
            numberingPart.Numbering = new Numbering(
                new AbstractNum(
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.LowerLetter }, new LevelText { Val = "%2)" }) { LevelIndex = 1 },
                    new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 2 }) { AbstractNumberId = 4 },
                new NumberingInstance(new AbstractNumId { Val = 4 }) { NumberID = 7 });
            main.Document = new Document(new Body(
                Numbered("Các sở, ban, ngành tỉnh:", 0), Numbered("Đánh giá tình hình thực hiện.", 1), Numbered("Xây dựng dự toán năm 2027.", 1),
                Numbered("Ủy ban nhân dân các xã, phường:", 0), Numbered("Đánh giá khả năng thu.", 1), Numbered("kể cả thu tiền sử dụng đất", 2),
                new Paragraph(new Run(new WordText("Đề nghị các cơ quan quan tâm thực hiện./.")))));
        }

        Assert.Equal(
        [
            "1. Các sở, ban, ngành tỉnh:", "a) Đánh giá tình hình thực hiện.", "b) Xây dựng dự toán năm 2027.",
            "2. Ủy ban nhân dân các xã, phường:", "a) Đánh giá khả năng thu.", "- kể cả thu tiền sử dụng đất",
            "Đề nghị các cơ quan quan tâm thực hiện./.",
        ], Lines(path));
    }

    private static Paragraph Numbered(string text, int level) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 7 })), new Run(new WordText(text)));

    private static TableRow Row(params string[] cells) =>
        new(cells.Select(c => new TableCell(new Paragraph(new Run(new WordText(c))))));

    [Fact]
    public void Runs_in_a_vntime_font_are_converted_and_noted()
    {
        var path = CorpusFiles.Scratch("vntime.docx");
        using (var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new RunProperties(new RunFonts { Ascii = ".VnTimeH", HighAnsi = ".VnTimeH" }), new WordText("uû ban nh©n d©n"))),
                new Paragraph(new Run(new RunProperties(new RunFonts { Ascii = ".VnTime", HighAnsi = ".VnTime" }), new WordText("KÝnh göi: Së Tµi chÝnh")),
                    new Run(new Break(), new WordText("Unicode: Sở Nội vụ")))));
        }
        var read = new LetterReader(new LetterReaderOptions()).Read(path);
        Assert.Equal(["UỶ BAN NHÂN DÂN", "Kính gửi: Sở Tài chính", "Unicode: Sở Nội vụ"], read.Pages[0].Lines.Select(l => l.Text));
        Assert.Contains("TCVN3", Assert.Single(read.Notes).Message);
    }
}
