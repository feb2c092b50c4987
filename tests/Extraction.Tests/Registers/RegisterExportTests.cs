using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Extraction.Pipeline;
using Extraction.Records;
using Extraction.Registers;

namespace Extraction.Tests.Registers;

/// <summary>The registers written from corpus records arriving out of order over two years, with
/// seed-002 arriving twice (as text and as its PDF): the workbook reads back with Decree 30's
/// headings, số đến in arrival order per year, dd/MM/yyyy dates, and the second copy flagged.</summary>
public sealed class RegisterExportTests : IDisposable
{
    private static readonly LetterPipeline Pipeline = new();
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("extraction-registers-");

    private static LetterRecord Record(string fileName) => Pipeline.Process(TestCorpus.Letter(fileName)).Record!;

    // Given in this order; the arrival times decide the numbers. seed-001 arrives at the same
    // moment as seed-002 and is given after it, so it comes after it.
    private static readonly Arrival[] Arrivals =
    [
        new(Record("seed-002-digital.pdf"), new DateTime(2024, 5, 7, 14, 0, 0)),
        new(Record("seed-000.txt"), new DateTime(2024, 1, 2, 10, 0, 0)),
        new(Record("hg-cv-454-2011.txt"), new DateTime(2023, 12, 29, 9, 0, 0)),
        new(Record("seed-002.txt"), new DateTime(2024, 5, 6, 8, 0, 0)),
        new(Record("seed-001.txt"), new DateTime(2024, 5, 6, 8, 0, 0)),
    ];

    private string Workbook(int year) => Path.Combine(_output.FullName, $"so-van-ban-den-{year}.xlsx");

    [Fact]
    public void The_incoming_register_reads_back_with_the_decree_headings_numbers_and_dates()
    {
        RegisterExport.Write(Arrivals, _output.FullName);
        var rows = WorkbookCells.Rows(Workbook(2024), "Sổ đăng ký văn bản đến");

        Assert.Equal("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", rows[1][0].Text);
        Assert.Equal("Năm 2024", rows[2][0].Text);
        Assert.Equal(
            ["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú"],
            rows[RegisterWorkbook.HeadingRow].Select(c => c.Text));
        Assert.Equal(["(1)", "(2)", "(3)"], rows[RegisterWorkbook.HeadingRow + 1].Take(3).Select(c => c.Text));

        var letters = rows.Where(r => r.Key >= RegisterWorkbook.FirstLetterRow).OrderBy(r => r.Key).Select(r => r.Value).ToList();
        Assert.Equal(["1", "2", "3", "4"], letters.Select(r => r[1].Text));
        Assert.Equal(["62/BCĐCCHC&CĐS", "9063/UBND-THNC", "/UBND-NV", "9063/UBND-THNC"], letters.Select(r => r[3].Text));
        Assert.Equal([new DateOnly(2024, 1, 2), new DateOnly(2024, 5, 6), new DateOnly(2024, 5, 6), new DateOnly(2024, 5, 7)], letters.Select(r => r[0].Date));
        Assert.All(letters, r => Assert.Equal("dd/mm/yyyy", r[0].DateFormat));
        Assert.Equal(new DateOnly(2023, 5, 25), letters[0][4].Date);
        Assert.Equal("05/2024", letters[2][4].Text);
        Assert.StartsWith("Công văn về việc ", letters[0][5].Text);
    }

    [Fact]
    public void A_letter_arriving_twice_is_flagged_in_both_registers()
    {
        var report = RegisterExport.Write(Arrivals, _output.FullName);
        var duplicate = Assert.Single(report.Duplicates);
        Assert.Equal("seed-002-digital", duplicate.Record.Id);
        Assert.Equal("seed-002", duplicate.DuplicateOf!.Record.Id);

        var incoming = WorkbookCells.Rows(Workbook(2024), "Sổ đăng ký văn bản đến");
        var followUp = WorkbookCells.Rows(Workbook(2024), "Sổ theo dõi giải quyết");
        Assert.Equal("", incoming[RegisterWorkbook.FirstLetterRow + 1][9].Text);
        Assert.StartsWith("Có thể trùng văn bản đến số 2 năm 2024", incoming[RegisterWorkbook.FirstLetterRow + 3][9].Text);
        Assert.StartsWith("Có thể trùng văn bản đến số 2 năm 2024", followUp[RegisterWorkbook.FirstLetterRow + 3][6].Text);
    }

    [Fact]
    public void Each_year_numbers_from_one()
    {
        RegisterExport.Write(Arrivals, _output.FullName);
        var rows = WorkbookCells.Rows(Workbook(2023), "Sổ đăng ký văn bản đến");
        var only = rows[RegisterWorkbook.FirstLetterRow];
        Assert.Equal("1", only[1].Text);
        Assert.Equal("454/UBND-NCTH", only[3].Text);
        Assert.False(rows.ContainsKey(RegisterWorkbook.FirstLetterRow + 1));
    }

    [Fact]
    public void One_year_asked_for_writes_that_year_only()
    {
        var report = RegisterExport.Write(Arrivals, _output.FullName, year: 2023);
        Assert.Equal(["so-dang-ky-van-ban-den-2023.csv", "so-theo-doi-giai-quyet-van-ban-den-2023.csv", "so-van-ban-den-2023.xlsx"],
            report.Files.Select(Path.GetFileName));
        Assert.Equal(["hg-cv-454-2011"], report.Letters.Select(l => l.Record.Id));
    }

    [Fact]
    public void The_follow_up_register_names_the_letter_and_its_earliest_deadline()
    {
        RegisterExport.Write(Arrivals, _output.FullName);
        var rows = WorkbookCells.Rows(Workbook(2024), "Sổ theo dõi giải quyết");
        Assert.Equal(FollowUpRegister.Columns.Select(c => c.Heading), rows[RegisterWorkbook.HeadingRow].Select(c => c.Text));
        var seed000 = rows[RegisterWorkbook.FirstLetterRow];
        Assert.StartsWith("Công văn số 62/BCĐCCHC&CĐS ngày 25/05/2023 của Ban Chỉ đạo", seed000[1].Text);
        Assert.Equal(IsoDates.EarliestDeadline(Arrivals[1].Record), seed000[3].Date);
    }

    [Fact]
    public void The_workbook_is_valid_office_open_xml()
    {
        RegisterExport.Write(Arrivals, _output.FullName);
        using var document = SpreadsheetDocument.Open(Workbook(2024), isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }

    [Fact]
    public void Columns_have_their_printed_widths()
    {
        RegisterExport.Write(Arrivals, _output.FullName);
        Assert.Equal(["Sổ đăng ký văn bản đến", "Sổ theo dõi giải quyết"], WorkbookCells.SheetNames(Workbook(2024)));
        Assert.Equal(IncomingRegister.Columns.Select(c => c.Width), WorkbookCells.ColumnWidths(Workbook(2024), "Sổ đăng ký văn bản đến"));
    }

    [Fact]
    public void The_csv_opens_in_a_spreadsheet_with_vietnamese_intact()
    {
        RegisterExport.Write(Arrivals, _output.FullName);
        var bytes = File.ReadAllBytes(Path.Combine(_output.FullName, "so-dang-ky-van-ban-den-2024.csv"));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Ngày đến,Số đến,Tác giả,\"Số, ký hiệu\",Ngày tháng,Tên loại và trích yếu nội dung,Đơn vị hoặc người nhận,Ngày chuyển,Ký nhận,Ghi chú", lines[0]);
        Assert.StartsWith("02/01/2024,1,Ban Chỉ đạo", lines[1]);
        Assert.Contains(",62/BCĐCCHC&CĐS,25/05/2023,\"Công văn về việc ", lines[1]);
    }

    public void Dispose() => _output.Delete(recursive: true);
}
