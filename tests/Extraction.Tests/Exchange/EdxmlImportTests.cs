using System.IO.Compression;
using System.Text;
using Extraction.Exchange;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Records;

namespace Extraction.Tests.Exchange;

/// <summary>`extract` on an .edxml file: the envelope's header is taken as given, the attached
/// letter is read for the rest, and a damaged message gives a reason, never a stack trace.</summary>
public sealed class EdxmlImportTests : IDisposable
{
    private static readonly LetterPipeline Pipeline = new();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("extraction-edxml-import-");

    private static LetterRecord Seed000() => Pipeline.Process(TestCorpus.Letter("seed-000.txt")).Record!;

    private string ExportWithLetter(LetterRecord record) => EdxmlExporter.Write([record], _folder.FullName,
        new EdxmlExportOptions { FindOriginal = new OriginalLetters(TestCorpus.Letters).Find }).Letters[0].Path;

    [Fact]
    public void The_envelope_wins_over_what_the_letter_says()
    {
        var record = Seed000();
        record.Number = "63";
        record.Subject = "tăng cường cải cách hành chính";
        record.Urgency = "Thượng khẩn";
        var imported = Pipeline.Process(ExportWithLetter(record)).Record!;

        Assert.Equal("63", imported.Number);
        Assert.Equal("tăng cường cải cách hành chính", imported.Subject);
        Assert.Equal("Thượng khẩn", imported.Urgency);
        var number = imported.Provenance["number"];
        Assert.Equal(EnvelopeFields.DecidedBy, number.DecidedBy);
        Assert.True(number.Page >= 1, "the letter's own number line stays noted");
        Assert.Equal("62", number.Previous?.GetValue<string>());
        Assert.Equal(EnvelopeFields.Reason, number.Reason);
        Assert.Null(imported.Provenance["place"].Previous);
        Assert.Equal(0, imported.Provenance["urgency"].Page);
    }

    [Fact]
    public void The_body_is_read_from_the_attached_letter()
    {
        var record = Seed000();
        var imported = Pipeline.Process(ExportWithLetter(record)).Record!;
        Assert.Equal(Edxml.MediaType, imported.Source.MediaType);
        Assert.Equal(record.References.Select(r => r.Code), imported.References.Select(r => r.Code));
        Assert.Equal(record.CcRecipients, imported.CcRecipients);
    }

    [Fact]
    public void A_gateway_message_with_a_zipped_attachment_outside_the_namespace_is_read()
    {
        var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = zip.CreateEntry("3f2a.txt").Open())
            entry.Write(File.ReadAllBytes(TestCorpus.Letter("seed-000.txt")));
        var path = Write("gateway.edxml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">
              <edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
                <edXML:edXMLHeader><edXML:MessageHeader>
                  <edXML:From><edXML:OrganId>000.00.32.H13</edXML:OrganId><edXML:OrganName>Ban Chỉ đạo Cải cách hành chính và Chuyển đổi số</edXML:OrganName></edXML:From>
                  <edXML:Code><edXML:CodeNumber>62</edXML:CodeNumber><edXML:CodeNotation>BCĐCCHC&amp;CĐS</edXML:CodeNotation></edXML:Code>
                  <edXML:PromulgationInfo><edXML:Place>Cần Thơ</edXML:Place><edXML:PromulgationDate>2023/05/25</edXML:PromulgationDate></edXML:PromulgationInfo>
                  <edXML:SignerInfo><edXML:Competence>KT TRƯỞNG BAN</edXML:Competence><edXML:FullName>Trần Việt Trường</edXML:FullName></edXML:SignerInfo>
                </edXML:MessageHeader></edXML:edXMLHeader>
              </edXML:edXMLEnvelope>
              <AttachmentEncoded><Attachment>
                <ContentId>cid:1</ContentId><AttachmentName>62-BCD.txt</AttachmentName>
                <edXML:ContentTransferEncoded xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">{Convert.ToBase64String(zipped.ToArray())}</edXML:ContentTransferEncoded>
              </Attachment></AttachmentEncoded>
            </edXML>
            """);
        var record = Pipeline.Process(path).Record!;
        Assert.Equal("2023-05-25", record.IssuedDate);
        Assert.Equal("KT.", record.Signer!.Authority);
        Assert.Equal("Trưởng ban", record.Signer.Position);
        Assert.Equal("Ủy ban nhân dân thành phố Cần Thơ", record.IssuerParent);
        Assert.NotEqual(EnvelopeFields.DecidedBy, record.Provenance["issuerParent"].DecidedBy);
    }

    [Fact]
    public void An_edxml_named_xml_is_sniffed_as_edxml() =>
        Assert.Equal(FileKind.Edxml, FileSniffer.Detect(ExportWithLetterAs("message.xml")));

    [Fact]
    public void Malformed_xml_is_a_corrupt_file_with_its_line()
    {
        var failure = Pipeline.Process(Write("broken.edxml", $"<edXML xmlns=\"{Edxml.Namespace}\"><edXMLEnvelope>")).Failure!;
        Assert.Equal("corrupt", failure.Code);
        Assert.Contains("line 1", failure.Reason);
    }

    [Fact]
    public void An_attached_scan_without_ocr_still_gives_the_declared_header_and_says_the_body_was_not_read()
    {
        var record = Seed000();
        var scan = TestCorpus.Letter("seed-000-scan.pdf");
        record.Id = "seed-000-scan";
        record.Source.FileName = Path.GetFileName(scan);
        record.Source.Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(scan)));

        var imported = Pipeline.Process(ExportWithLetter(record)).Record!;

        Assert.Equal(record.Issuer, imported.Issuer);
        Assert.Equal(record.Number, imported.Number);
        Assert.Equal(record.Subject, imported.Subject);
        Assert.Equal(record.Recipients, imported.Recipients);
        Assert.Empty(imported.Tasks);
        var note = Assert.Single(imported.Warnings, w => w.Code == EdxmlLetterReader.AttachmentNotReadCode);
        Assert.Contains("seed-000-scan.pdf", note.Message);
    }

    [Fact]
    public void A_message_without_its_letter_says_so()
    {
        var path = EdxmlExporter.Write([Seed000()], _folder.FullName).Letters[0].Path;
        var failure = Pipeline.Process(path).Failure!;
        Assert.Equal("empty", failure.Code);
        Assert.Contains("no attached document", failure.Reason);
    }

    [Fact]
    public void A_number_that_is_not_a_number_is_refused_with_a_warning()
    {
        var record = Seed000();
        record.Number = "62-A/B";
        var imported = Pipeline.Process(ExportWithLetter(record)).Record!;
        Assert.Equal("62", imported.Number);
        Assert.Contains(imported.Warnings, w => w.Code == "edxml-number-not-a-number");
    }

    private string ExportWithLetterAs(string fileName)
    {
        var path = Path.Combine(_folder.FullName, fileName);
        File.Move(ExportWithLetter(Seed000()), path);
        return path;
    }

    private string Write(string fileName, string content)
    {
        var path = Path.Combine(_folder.FullName, fileName);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
