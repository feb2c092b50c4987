using System.IO.Compression;
using System.Text;
using Extraction.Reading;

namespace Extraction.Tests.Reading;

/// <summary>Files that cannot be letters, or are damaged: each gives its own reason, and nothing but
/// <see cref="LetterReadException"/> comes out of the reader.</summary>
public class BadInputTests
{
    private static readonly LetterReader Reader = new(new LetterReaderOptions());

    private static LetterReadException Fails(string fileName, byte[] content)
    {
        var path = CorpusFiles.Scratch(fileName);
        File.WriteAllBytes(path, content);
        return Assert.Throws<LetterReadException>(() => Reader.Read(path));
    }

    private static byte[] RealPdf => File.ReadAllBytes(CorpusFiles.Letter("qn-cv-507-2025.pdf"));

    [Fact]
    public void Empty_file() => Assert.Equal(ReadFailureKind.Empty, Fails("empty.pdf", []).Kind);

    [Fact]
    public void Truncated_pdf()
    {
        var error = Fails("truncated.pdf", RealPdf[..(RealPdf.Length / 3)]);
        Assert.Equal(ReadFailureKind.Corrupt, error.Kind);
        Assert.DoesNotContain(" at ", error.Message);
    }

    [Fact]
    public void Corrupt_pdf_with_garbage_after_the_header()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(Enumerable.Range(0, 5000).Select(i => (byte)(i * 37 % 251))).ToArray();
        Assert.Equal(ReadFailureKind.Corrupt, Fails("garbage.pdf", bytes).Kind);
    }

    [Fact]
    public void Password_protected_pdf()
    {
        var error = Fails("locked.pdf", MinimalPdf.Build([new("Helvetica", 72, 700, 12, "secret"u8.ToArray())], encrypted: true));
        Assert.Equal(ReadFailureKind.Encrypted, error.Kind);
        Assert.Contains("password", error.Message);
    }

    [Fact]
    public void Zip_archive_named_pdf()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            using (var writer = new StreamWriter(zip.CreateEntry("letter.txt").Open())) writer.Write("Kính gửi");
        Assert.Equal(ReadFailureKind.UnsupportedType, Fails("archive.pdf", stream.ToArray()).Kind);
    }

    [Fact]
    public void Pdf_named_txt_is_read_as_pdf_with_a_note()
    {
        var path = CorpusFiles.Scratch("letter.txt");
        File.WriteAllBytes(path, RealPdf);
        var document = Reader.Read(path);
        Assert.Equal("application/pdf", document.MediaType);
        Assert.Contains(document.Notes, n => n.Code == "file-extension-mismatch");
        Assert.Contains(document.Pages[0].Lines, l => l.Text == "Số: 507 /UBND-KGVX");
    }

    [Fact]
    public void Damaged_word_file()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open())) writer.Write("<w:document><w:body><w:p>");
        Assert.Equal(ReadFailureKind.Corrupt, Fails("broken.docx", stream.ToArray()).Kind);
    }
}
