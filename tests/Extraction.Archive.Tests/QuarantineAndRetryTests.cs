using Extraction.Archive.Catalog;
using Extraction.Archive.Storage;
using Extraction.Archive.Tests.Fixtures;

namespace Extraction.Archive.Tests;

/// <summary>Failed files wait in quarantine with their reason; retry processes them once the cause is fixed.</summary>
public sealed class QuarantineAndRetryTests : IDisposable
{
    private const string NeedsOcr = "Pages 1, 2 are a scanned image without a text layer and OCR is not set up: install tesseract-ocr.";
    private readonly TestArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private string Quarantined(string name) => Path.Combine(_archive.Layout.Quarantine, name);

    [Fact]
    public void A_failed_letter_is_copied_to_quarantine_with_its_reason_beside_it()
    {
        var bytes = File.ReadAllBytes(TestFiles.Letter("seed-001.txt"));
        var file = _archive.Scratch.Write("inbox/Quyết định 12.txt", bytes);
        _archive.Ingest([file], () => new FailingProcessor("needs-ocr", NeedsOcr));

        var entry = _archive.Entry("Quyết định 12");
        Assert.Equal(LetterState.Failed, entry.State);
        Assert.Equal(("needs-ocr", NeedsOcr), (entry.Failure!.Code, entry.Failure.Reason));
        Assert.Equal(bytes, File.ReadAllBytes(Quarantined("Quyết định 12.txt")));
        var reason = File.ReadAllText(Quarantined("Quyết định 12.txt" + Quarantine.ReasonSuffix));
        Assert.Contains($"Reason (needs-ocr): {NeedsOcr}", reason);
        Assert.Contains("extraction retry", reason);
        Assert.Contains(entry.Sha256, reason);
        Assert.Empty(_archive.Index.Committed);
    }

    [Fact]
    public void Retry_after_the_cause_is_fixed_makes_the_letter_done_and_empties_the_quarantine()
    {
        var file = _archive.Scratch.Write("inbox/seed-002.txt", File.ReadAllBytes(TestFiles.Letter("seed-002.txt")));
        _archive.Ingest([file], () => new FailingProcessor("needs-ocr", NeedsOcr));

        Assert.Equal(1, _archive.Archive.Requeue("needs-ocr"));
        var batch = _archive.Ingest([], TestArchive.InProcess);

        Assert.Equal("9063", batch.Letter("seed-002").Outcome.Record!.Number);
        var entry = _archive.Entry("seed-002");
        Assert.Equal((LetterState.Done, 2, null), (entry.State, entry.Attempts, entry.Failure));
        Assert.Empty(Directory.GetFiles(_archive.Layout.Quarantine));
        Assert.Equal(["seed-002"], _archive.Index.Committed.Keys);
    }

    [Fact]
    public void Retry_by_code_leaves_other_failures_alone()
    {
        var scan = _archive.Scratch.Write("inbox/scan.txt", File.ReadAllBytes(TestFiles.Letter("seed-000.txt")));
        var empty = _archive.Scratch.Write("inbox/empty.txt", []);
        _archive.Ingest([scan], () => new FailingProcessor("needs-ocr", NeedsOcr));
        _archive.Ingest(empty);

        Assert.Equal(1, _archive.Archive.Requeue("needs-ocr"));
        Assert.Equal(1, _archive.Archive.Waiting());
        Assert.Equal(LetterState.Failed, _archive.Entry("empty").State);
    }

    [Fact]
    public void Opening_the_archive_makes_the_quarantine_match_the_catalog()
    {
        var file = _archive.Scratch.Write("inbox/empty.txt", []);
        _archive.Ingest(file);
        File.Delete(Quarantined("empty.txt" + Quarantine.ReasonSuffix));
        File.WriteAllText(Quarantined("left-over.pdf"), "from a letter done since");
        File.WriteAllText(Quarantined("empty.txt.part"), "half written");

        _archive.Restart();

        Assert.Equal(["empty.txt", "empty.txt.reason.txt"], Directory.GetFiles(_archive.Layout.Quarantine).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("(empty)", File.ReadAllText(Quarantined("empty.txt.reason.txt")));
    }
}
