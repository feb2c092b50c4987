using System.IO.Compression;
using System.Text;
using Extraction.Pipeline;

namespace Extraction.Tests.Pipeline;

/// <summary>Files that are not letters end with a reason a person can act on, never an exception.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("extraction-bad-");
    private readonly LetterPipeline _pipeline = new();

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void Empty_file()
    {
        var outcome = _pipeline.Process(Write("empty.txt", []));
        Assert.Equal("empty", outcome.Failure!.Code);
        Assert.Contains("empty", outcome.Failure.Reason);
    }

    [Fact]
    public void Zip_archive_named_as_a_letter()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            using (var entry = new StreamWriter(zip.CreateEntry("a.txt").Open())) entry.Write("x");
        var outcome = _pipeline.Process(Write("letter.pdf", stream.ToArray()));
        Assert.Equal("unsupported-type", outcome.Failure!.Code);
        Assert.Contains("ZIP", outcome.Failure.Reason);
    }

    [Fact]
    public void Binary_junk()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray();
        Assert.Equal("unsupported-type", _pipeline.Process(Write("scan.txt", bytes)).Failure!.Code);
    }

    [Fact]
    public void Text_that_is_not_a_letter()
    {
        var outcome = _pipeline.Process(Write("recipe.txt", Encoding.UTF8.GetBytes("Cách nấu phở bò\nXương bò hầm trong 8 giờ, thêm quế, hồi và gừng nướng.\nBánh phở trụng qua nước sôi.")));
        Assert.Equal("not-a-letter", outcome.Failure!.Code);
    }

    [Fact]
    public void A_fault_in_an_extractor_fails_only_that_letter_with_where_it_happened()
    {
        var faulty = new LetterPipeline(new PipelineOptions { Extractors = [.. Extraction.Fields.FieldExtractors.Default, new FaultyExtractor()] });

        var outcome = faulty.Process(Write("letter.txt", Encoding.UTF8.GetBytes("UBND TỈNH QUẢNG NGÃI\nSố: 12/UBND-KT\nV/v thử\nKính gửi: Sở Nội vụ")));

        Assert.Null(outcome.Record);
        Assert.Equal("internal-error", outcome.Failure!.Code);
        Assert.Contains("FaultyExtractor.Extract", outcome.Failure.Reason);
        Assert.Contains("report this file", outcome.Failure.Reason);
    }

    private sealed class FaultyExtractor : Extraction.Fields.IFieldExtractor
    {
        public void Extract(Extraction.Segmentation.SegmentedLetter letter, Extraction.Records.LetterRecord record) =>
            throw new ArgumentOutOfRangeException("index");
    }

    [Fact]
    public void Missing_file()
    {
        var outcome = _pipeline.Process(Path.Combine(_dir.FullName, "gone.pdf"));
        Assert.Equal("unreadable", outcome.Failure!.Code);
    }

    [Fact]
    public void Letter_with_a_wrong_extension_is_read_and_noted()
    {
        var outcome = _pipeline.Process(Write("seed-000.pdf", File.ReadAllBytes(TestCorpus.Letter("seed-000.txt"))));
        Assert.Equal("62", outcome.Record!.Number);
        Assert.Contains(outcome.Record.Warnings, w => w.Code == "file-extension-mismatch");
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-8-bom")]
    public void Text_in_other_unicode_encodings(string encoding)
    {
        var text = File.ReadAllText(TestCorpus.Letter("seed-001.txt"));
        var bytes = encoding == "utf-16" ? [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]
            : Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var record = _pipeline.Process(Write("letter.txt", bytes)).Record!;
        Assert.Equal("Ủy ban nhân dân thành phố Đông Hà", record.Issuer);
        Assert.Equal("UBND-NV", record.Notation);
    }

    [Fact]
    public void Decomposed_unicode_becomes_nfc()
    {
        var text = File.ReadAllText(TestCorpus.Letter("seed-002.txt")).Normalize(NormalizationForm.FormD);
        var record = _pipeline.Process(Write("nfd.txt", Encoding.UTF8.GetBytes(text))).Record!;
        Assert.Equal("Ủy ban nhân dân thành phố Biên Hòa", record.Issuer);
        Assert.True(record.Subject!.IsNormalized(NormalizationForm.FormC));
    }
}
