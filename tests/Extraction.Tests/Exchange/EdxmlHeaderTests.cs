using System.Xml.Linq;
using Extraction.Exchange;
using Extraction.Records;

namespace Extraction.Tests.Exchange;

/// <summary>How a record's values become MessageHeader elements, and how a value over the
/// standard's limits is reported rather than silently cut.</summary>
public sealed class EdxmlHeaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("extraction-edxml-header-");

    // The header of seed-000 (corpus/gold/seed-000.json), a công văn of a steering committee.
    private static LetterRecord Seed000() => new()
    {
        Id = "seed-000",
        Source = new SourceInfo { FileName = "seed-000.txt", Pages = 1 },
        DocumentType = "Công văn",
        Number = "62",
        Notation = "BCĐCCHC&CĐS",
        Issuer = "Ban Chỉ đạo Cải cách hành chính và Chuyển đổi số",
        IssuerParent = "Ủy ban nhân dân thành phố Cần Thơ",
        Place = "Cần Thơ",
        IssuedDate = "2023-05-25",
        Subject = "tăng cường triển khai thực hiện các nhiệm vụ, giải pháp để cải thiện các chỉ số đánh giá trong năm 2023",
        Recipients = ["Giám đốc sở, Thủ trưởng cơ quan ban, ngành thành phố", "Chủ tịch Ủy ban nhân dân quận, huyện"],
        Signer = new Signer { Name = "Trần Việt Trường", Position = "Trưởng ban" },
        Distribution = ["Như trên", "Lưu: VT, LhT"],
        Deadlines =
        [
            new Deadline { Date = "2023-06-30", Assignee = "Sở Tài chính", Text = "trong tháng 6 năm 2023", TaskPath = "2.c" },
            new Deadline { Date = "2023-06-15", Assignee = "Sở Thông tin và Truyền thông", Text = "trước ngày 15 tháng 6 năm 2023", TaskPath = "2.d" },
        ],
    };

    [Fact]
    public void A_letter_within_the_limits_is_written_whole_without_warnings()
    {
        var warnings = new List<ExportWarning>();
        var header = EdxmlHeaderBuilder.Build(Seed000(), warnings);
        Assert.Empty(warnings);
        Assert.Equal("BCĐCCHC&CĐS", header.CodeNotation);
        Assert.Equal("Ủy ban nhân dân thành phố Cần Thơ", header.OrganizationInCharge);
        Assert.Equal(new DateOnly(2023, 6, 15), header.DueDate);
        Assert.Equal(0, header.Priority);
        Assert.Null(header.Signer!.Competence);
    }

    [Fact]
    public void Over_long_values_are_cut_with_a_warning_holding_the_full_value()
    {
        var record = Seed000();
        record.Subject = string.Join(' ', Enumerable.Repeat(record.Subject, 6));
        record.Number = "123456789012";
        record.Notation = "KH-BCĐCCHC&CĐS-UBND-STTTT-SNV-STC-SKHĐT";
        record.Place = "Thành phố Cần Thơ, quận Ninh Kiều, phường Tân An, khu vực 1";
        record.Issuer = string.Join(" và ", Enumerable.Repeat("Ban Chỉ đạo Cải cách hành chính và Chuyển đổi số", 5));
        var report = EdxmlExporter.Write([record], _folder.FullName);
        var letter = report.Letters[0];

        Assert.Empty(EdxmlSchema.Errors(letter.Path));
        Assert.Equal(["From/OrganName", "Code/CodeNumber", "Code/CodeNotation", "PromulgationInfo/Place", "Subject"],
            letter.Warnings.Where(w => w.Code == ExportWarningCodes.TooLong).Select(w => w.Element));
        var subject = letter.Warnings.Single(w => w.Element == "Subject");
        Assert.Contains(record.Subject, subject.Message);

        var written = Element(letter.Path, "Subject");
        Assert.True(written.Length <= EdxmlLimits.Subject);
        Assert.StartsWith(written, record.Subject);
        Assert.Equal(' ', record.Subject[written.Length]);
        Assert.Equal("12345678901", Element(letter.Path, "CodeNumber"));
    }

    [Fact]
    public void The_schema_itself_refuses_an_uncut_value()
    {
        var path = EdxmlExporter.Write([Seed000()], _folder.FullName).Letters[0].Path;
        var document = XDocument.Load(path);
        document.Descendants(Edxml.Name("Subject")).Single().Value = new string('x', EdxmlLimits.Subject + 1);
        document.Save(path);
        Assert.Contains(EdxmlSchema.Errors(path), e => e.Contains("Subject"));
    }

    [Fact]
    public void An_urgency_the_standard_does_not_know_is_written_as_priority_0_with_a_warning()
    {
        var record = Seed000();
        record.Urgency = "Khẩn cấp";
        var warnings = new List<ExportWarning>();
        Assert.Equal(0, EdxmlHeaderBuilder.Build(record, warnings).Priority);
        Assert.Equal(ExportWarningCodes.UnknownUrgency, Assert.Single(warnings).Code);
    }

    [Fact]
    public void A_partial_date_leaves_the_promulgation_date_empty_and_says_why()
    {
        var record = Seed000();
        record.IssuedDate = "2024-05";
        var letter = EdxmlExporter.Write([record], _folder.FullName).Letters[0];
        Assert.Empty(EdxmlSchema.Errors(letter.Path));
        Assert.Equal("", Element(letter.Path, "PromulgationDate"));
        Assert.Contains(letter.Warnings, w => w.Code == ExportWarningCodes.PartialDate && w.Message.Contains("2024-05"));
    }

    [Theory]
    // Priority follows the mức độ khẩn mark; tone placement ("Hoả") does not matter.
    [InlineData(null, 0)]
    [InlineData("Khẩn", 1)]
    [InlineData("Thượng khẩn", 2)]
    [InlineData("Hỏa tốc", 3)]
    [InlineData("Hoả tốc", 3)]
    public void Priority_from_urgency(string? urgency, int priority) => Assert.Equal(priority, UrgencyPriority.Of(urgency));

    [Theory]
    // "TM. ỦY BAN NHÂN DÂN" signs for the body; "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" for the head whose deputy signs.
    [InlineData("TM.", "Chủ tịch", "TM. Ủy ban nhân dân tỉnh Quảng Ngãi")]
    [InlineData("KT.", "Phó Chủ tịch", "KT. Chủ tịch")]
    [InlineData("KT.", "Phó Giám đốc", "KT. Giám đốc")]
    [InlineData("Q.", "Giám đốc", "Q. Giám đốc")]
    [InlineData("TL.", "Chánh Văn phòng", "TL.")]
    [InlineData(null, "Trưởng ban", null)]
    public void Competence_names_the_authority_and_its_body(string? authority, string position, string? competence)
    {
        var signer = new Signer { Name = "Trần Phước Hiền", Position = position, Authority = authority };
        Assert.Equal(competence, SignerCompetence.Of(signer, "Ủy ban nhân dân tỉnh Quảng Ngãi"));
        Assert.Equal(authority, SignerCompetence.AuthorityOf(competence));
    }

    [Fact]
    public void A_letter_answering_a_cited_document_names_it_in_response_for()
    {
        var record = Seed000();
        record.References =
        [
            new Reference { Code = "05/CT-UBND", Date = "2023-03-27", Text = "Thực hiện Chỉ thị số 05/CT-UBND ngày 27 tháng 3 năm 2023 của Ủy ban nhân dân thành phố" },
            new Reference { Code = "1010/UBND-KSTT", Date = "2023-03-29", Text = "Phúc đáp Công văn số 1010/UBND-KSTT ngày 29 tháng 3 năm 2023 của Ủy ban nhân dân thành phố" },
        ];
        var response = EdxmlHeaderBuilder.Build(record, []).ResponseFor!;
        Assert.Equal("1010/UBND-KSTT", response.Code);
        Assert.Equal(new DateOnly(2023, 3, 29), response.PromulgationDate);
    }

    [Fact]
    public void A_letter_citing_only_its_grounds_answers_nothing()
    {
        var record = Seed000();
        record.References = [new Reference { Code = "13/TB-VPCP", Text = "Thực hiện Thông báo số 13/TB-VPCP ngày 05 tháng 5 năm 2023 của Văn phòng Chính phủ" }];
        Assert.Null(EdxmlHeaderBuilder.Build(record, []).ResponseFor);
    }

    [Fact]
    public void The_written_message_reads_back_as_the_same_header()
    {
        var header = EdxmlHeaderBuilder.Build(Seed000(), []);
        var read = EdxmlParser.Parse(EdxmlWriter.Write(header, null)).Header;
        Assert.Equivalent(header, read, strict: true);
    }

    private static string Element(string path, string localName) =>
        XDocument.Load(path).Descendants(Edxml.Name(localName)).First().Value;

    public void Dispose() => _folder.Delete(recursive: true);
}
