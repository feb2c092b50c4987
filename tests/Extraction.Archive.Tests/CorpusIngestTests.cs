using System.Text;
using System.Text.Json;
using Extraction.Archive.Catalog;
using Extraction.Archive.Storage;
using Extraction.Archive.Tests.Fixtures;
using Extraction.Text.Legacy;

namespace Extraction.Archive.Tests;

/// <summary>
/// Done when: the whole corpus plus a folder of bad files goes through the command-line tool, and the
/// catalog shows every good letter done and every bad file failed with its reason, copied to quarantine.
/// </summary>
public sealed class CorpusIngestTests : IDisposable
{
    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private static readonly Dictionary<string, string> BadFileCodes = new()
    {
        ["corrupt.pdf"] = "corrupt",
        ["empty.txt"] = "empty",
        ["encrypted.pdf"] = "encrypted",
        ["password-protected.pdf"] = "encrypted",
        ["protected-word.docx"] = "unsupported-type",
        ["zip-renamed.pdf"] = "unsupported-type",
        ["huge.pdf"] = "too-large",
    };

    [Fact]
    public void Every_good_letter_ends_done_and_every_bad_file_failed_with_its_reason()
    {
        var bad = _scratch.Sub("bad");
        _scratch.Write("bad/corrupt.pdf", BadFiles.TruncatedPdf());
        _scratch.Write("bad/empty.txt", []);
        _scratch.Write("bad/encrypted.pdf", BadFiles.EncryptedPdf());
        _scratch.Write("bad/password-protected.pdf", BadFiles.PasswordProtectedPdf());
        _scratch.Write("bad/protected-word.docx", BadFiles.ProtectedWordDocument());
        _scratch.Write("bad/zip-renamed.pdf", BadFiles.ZipNamedPdf());
        _scratch.Write("bad/blank-scan.png", BadFiles.BlankPng());
        BadFiles.Huge(Path.Combine(bad, "huge.pdf"), 201L * 1024 * 1024);
        // Legacy-encoded text is not a bad file here: the reader repairs TCVN3 and VNI, so it must end done.
        var legacyText = LegacyCodeTable.For(LegacyEncoding.Tcvn3).Encode(File.ReadAllText(TestFiles.Letter("seed-001.txt")));
        _scratch.Write("bad/legacy-tcvn3.txt", Encoding.Latin1.GetBytes(legacyText));
        var root = Path.Combine(_scratch.Path, "archive");

        var run = Tool.Run("ingest", TestFiles.Letters, bad, "--archive", root);

        Assert.True(run.ExitCode == 1, run.All);
        using var reader = CatalogReader.Open(new ArchiveLayout(root));
        foreach (var letter in Directory.GetFiles(TestFiles.Letters).Select(Path.GetFileNameWithoutExtension))
        {
            var entry = reader.Letter(letter!) ?? throw new Xunit.Sdk.XunitException($"{letter} is not in the catalog");
            if (letter!.Contains("-scan") && entry.State == LetterState.Failed)
                Assert.True(entry.Failure!.Code == "needs-ocr" && entry.Failure.Reason.Contains("tesseract"), $"{letter}: {entry.Failure}");
            else Assert.True(entry.State == LetterState.Done, $"{letter}: {entry.State} {entry.Failure}");
        }
        Assert.Equal("Ủy ban nhân dân thành phố Đông Hà", Record(reader, "legacy-tcvn3").Issuer);
        foreach (var (file, code) in BadFileCodes)
            AssertFailed(reader, root, file, code);
        Assert.Contains(reader.Letter("blank-scan")!.Failure!.Code, new[] { "unsupported-type", "needs-ocr", "not-a-letter" });
        Assert.Contains("201 MB", reader.Letter("huge")!.Failure!.Reason);
    }

    [Fact]
    public void Export_and_status_read_what_the_ingest_recorded()
    {
        var inbox = _scratch.Sub("inbox");
        foreach (var name in new[] { "seed-000.txt", "seed-001.txt", "qn-tb-11-2025.pdf" }) File.Copy(TestFiles.Letter(name), Path.Combine(inbox, name));
        _scratch.Write("inbox/empty.txt", []);
        var root = Path.Combine(_scratch.Path, "archive");
        Tool.Run("ingest", inbox, "--archive", root);

        var export = Tool.Run("export", "--jsonl", "--archive", root);
        var records = export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["qn-tb-11-2025", "seed-000", "seed-001"], records.Select(r => r.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var folder = Path.Combine(_scratch.Path, "records");
        Assert.Equal(0, Tool.Run("export", "--out", folder, "--archive", root).ExitCode);
        Assert.Equal(3, Directory.GetFiles(folder, "*.json").Length);

        var status = Tool.Run("status", "--archive", root);
        Assert.Equal(0, status.ExitCode);
        Assert.Contains("empty.txt", status.Output);
        Assert.Contains("The file is empty", status.Output);
        Assert.Contains("Slowest", status.Output);
    }

    [Fact]
    public void Export_writes_a_searchable_pdf_and_alto_for_the_scanned_letters_only_from_their_stored_words()
    {
        var inbox = _scratch.Sub("inbox");
        foreach (var name in new[] { "hg-cv-454-2011-scan.pdf", "seed-000.txt" }) File.Copy(TestFiles.Letter(name), Path.Combine(inbox, name));
        var root = Path.Combine(_scratch.Path, "archive");
        Assert.Equal(0, Tool.Run("ingest", inbox, "--archive", root).ExitCode);
        var pdfs = Path.Combine(_scratch.Path, "pdf");
        var alto = Path.Combine(_scratch.Path, "alto");

        var export = Tool.Run("export", "--searchable-pdf", pdfs, "--alto", alto, "--archive", root);

        Assert.True(export.ExitCode == 0, export.All);
        Assert.Equal(["hg-cv-454-2011-scan.pdf"], Directory.GetFiles(pdfs).Select(Path.GetFileName));
        Assert.StartsWith("%PDF-", File.ReadAllText(Path.Combine(pdfs, "hg-cv-454-2011-scan.pdf"))[..5]);
        var words = System.Xml.Linq.XDocument.Load(Path.Combine(alto, "hg-cv-454-2011-scan.alto.xml")).Descendants()
            .Where(e => e.Name.LocalName == "String").Select(e => e.Attribute("CONTENT")!.Value);
        using var reader = CatalogReader.Open(new ArchiveLayout(root));
        var stored = Assert.Single(reader.ScannedLetters());
        Assert.Equal(stored.RecognisedPages.SelectMany(p => p.Words).Select(w => w.Text), words);
        Assert.Contains("Kính", words);
    }

    private static Records.LetterRecord Record(CatalogReader reader, string letterId) =>
        reader.DoneRecords(currentOnly: false).Single(r => r.Id == letterId);

    private static void AssertFailed(CatalogReader reader, string root, string file, string code)
    {
        var entry = reader.Letter(Path.GetFileNameWithoutExtension(file))!;
        Assert.True(entry.State == LetterState.Failed && entry.Failure!.Code == code, $"{file}: {entry.State} {entry.Failure}");
        Assert.True(entry.Failure.Reason.Length > 20, entry.Failure.Reason);
        var quarantined = Path.Combine(new ArchiveLayout(root).Quarantine, file);
        Assert.True(File.Exists(quarantined), $"{file} is not in quarantine");
        Assert.Contains(entry.Failure.Reason, File.ReadAllText(quarantined + Quarantine.ReasonSuffix));
    }
}
