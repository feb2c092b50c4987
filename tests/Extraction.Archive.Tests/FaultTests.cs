using System.Security.Cryptography;
using Extraction.Archive.Catalog;
using Extraction.Archive.Intake;
using Extraction.Archive.Tests.Fixtures;

namespace Extraction.Archive.Tests;

/// <summary>A full disk, a read-only archive, files that vanish, a huge or endless file: each ends in a clear
/// state with a reason, in bounded time, and nothing that was kept is lost.</summary>
public sealed class FaultTests : IDisposable
{
    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string Letter(int index) => _scratch.Write($"inbox/letter-{index}.txt", TestFiles.Variants.Text(index));

    [Fact]
    public void A_disk_that_fills_up_stops_processing_with_the_reason_and_a_retry_after_freeing_space_finishes()
    {
        // A 16 MB disk that others fill with 6 MB: the 5 MB junk file is kept, but its quarantine copy no longer fits.
        Letter(0);
        Letter(1);
        _scratch.Write("inbox/junk.bin", RandomNumberGenerator.GetBytes(5 * 1024 * 1024));
        var disk = _scratch.Sub("disk");
        var report = _scratch.Sub("report");
        var run = Tool.InNamespace("""
            mount -t tmpfs -o size=16m tmpfs "$1"
            head -c 6000000 /dev/zero > "$1/filler"
            $CLI ingest "$2" --archive "$1/archive" --keep-free 0 --workers 1 > "$3/first.txt" 2>&1 || echo "exit $?" >> "$3/first.txt"
            rm "$1/filler"
            $CLI retry --archive "$1/archive" --keep-free 0 --workers 1 > "$3/retry.txt" 2>&1 || echo "exit $?" >> "$3/retry.txt"
            $CLI export --jsonl --archive "$1/archive" > "$3/export.jsonl"
            ls "$1/archive/quarantine" "$1/archive/tmp" > "$3/files.txt"
            """, disk, Path.Combine(_scratch.Path, "inbox"), report);

        Assert.True(run.ExitCode == 0, run.All);
        var first = File.ReadAllText(Path.Combine(report, "first.txt"));
        Assert.Contains("Processing stopped early", first);
        Assert.Contains("[disk-full] The archive's disk is full", first);
        Assert.Contains("exit 1", first);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(report, "export.jsonl")).Length);
        Assert.Equal(["junk.bin", "junk.bin.reason.txt"], QuarantineListing(File.ReadAllLines(Path.Combine(report, "files.txt"))));
        Assert.Equal(3, Directory.GetFiles(Path.Combine(_scratch.Path, "inbox")).Length);
    }

    [Fact]
    public void A_file_that_would_leave_too_little_free_space_is_refused_before_it_is_copied()
    {
        using var archive = new TestArchive(Path.Combine(_scratch.Path, "archive"), minimumFreeBytes: long.MaxValue / 2);
        var file = Letter(0);
        var batch = archive.Ingest(file);

        var refused = batch.Intake.Single();
        Assert.Equal((IntakeKind.Refused, ArchiveFaults.DiskFull), (refused.Kind, refused.Failure!.Code));
        Assert.Contains("MB free", refused.Failure.Reason);
        Assert.Contains("was left where it was", refused.Failure.Reason);
        Assert.False(Directory.Exists(archive.Layout.Originals) && Directory.EnumerateFiles(archive.Layout.Originals, "*", SearchOption.AllDirectories).Any());
        using var reader = archive.Reader();
        Assert.Equal(file, reader.Refused().Single().SourcePath);
    }

    [Fact]
    public void A_no_space_error_from_the_disk_is_reported_as_a_full_disk()
    {
        var error = Assert.ThrowsAny<IOException>(() =>
        {
            using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
            full.Write(new byte[4096]);
            full.Flush();
        });
        Assert.Equal(ArchiveFaults.DiskFull, ArchiveFaults.Describe(error, "copying a letter").Code);
    }

    [Fact]
    public void A_read_only_archive_refuses_to_take_files_in_and_can_still_be_read()
    {
        var root = Path.Combine(_scratch.Path, "archive");
        Assert.Equal(0, Tool.Run("ingest", Letter(0), "--archive", root).ExitCode);
        Letter(1);
        var report = _scratch.Sub("report");
        var run = Tool.InNamespace("""
            mount --bind "$1" "$1"
            mount -o remount,bind,ro "$1"
            $CLI ingest "$2" --archive "$1" > "$3/ingest.txt" 2>&1 || echo "exit $?" >> "$3/ingest.txt"
            $CLI export --jsonl --archive "$1" > "$3/export.jsonl"
            """, root, Path.Combine(_scratch.Path, "inbox"), report);

        Assert.True(run.ExitCode == 0, run.All);
        var ingest = File.ReadAllText(Path.Combine(report, "ingest.txt"));
        Assert.Contains("cannot be written", ingest);
        Assert.Contains("exit 2", ingest);
        Assert.Single(File.ReadAllLines(Path.Combine(report, "export.jsonl")));
    }

    [Fact]
    public void A_file_deleted_before_its_turn_is_refused_as_vanished()
    {
        using var archive = new TestArchive(Path.Combine(_scratch.Path, "archive"));
        var file = Letter(0);
        File.Delete(file);

        var result = archive.Archive.TakeIn(file);

        Assert.Equal((IntakeKind.Refused, ArchiveFaults.Vanished), (result.Kind, result.Failure!.Code));
        Assert.Contains("Drop it in again", result.Failure.Reason);
    }

    [Fact]
    public async Task A_file_deleted_while_it_is_copied_is_kept_whole_or_not_at_all()
    {
        using var archive = new TestArchive(Path.Combine(_scratch.Path, "archive"));
        var content = RandomNumberGenerator.GetBytes(64 * 1024 * 1024);
        var file = _scratch.Write("inbox/large.bin", content);

        var taking = Task.Run(() => archive.Archive.TakeIn(file));
        await Task.Delay(20);
        File.Delete(file);
        var result = await taking;

        // Deleting a name does not cut an open file short: the copy either had the file open, or never found it.
        if (result.Kind == IntakeKind.New)
            Assert.Equal(content, File.ReadAllBytes(archive.Layout.OriginalPath(Convert.ToHexStringLower(SHA256.HashData(content)))));
        else Assert.Equal(ArchiveFaults.Vanished, result.Failure!.Code);
        Assert.Empty(Directory.GetFiles(archive.Layout.Temporary, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void An_original_that_disappears_before_it_is_read_fails_with_the_reason()
    {
        using var archive = new TestArchive(Path.Combine(_scratch.Path, "archive"));
        archive.Archive.TakeIn(Letter(0));
        File.Delete(archive.Layout.OriginalPath(archive.Entry("letter-0").Sha256));

        archive.Ingest();

        var entry = archive.Entry("letter-0");
        Assert.Equal((LetterState.Failed, ArchiveFaults.OriginalMissing), (entry.State, entry.Failure!.Code));
        Assert.Contains("is no longer in the archive", entry.Failure.Reason);
    }

    [Fact]
    public void A_2000_page_pdf_is_stopped_at_the_time_limit_and_the_batch_goes_on()
    {
        _scratch.Write("inbox/appendix.pdf", BadFiles.ManyPagePdf(2000));
        Letter(0);
        var root = Path.Combine(_scratch.Path, "archive");

        // 500 pages took 12 s on a busy machine of this kind and under 6 s on a quiet one, so the file is
        // 2,000 pages: several times the limit either way. The limit leaves the small letter, read by a
        // freshly started worker after the kill, room on a busy machine.
        var run = Tool.Run("ingest", Path.Combine(_scratch.Path, "inbox"), "--archive", root, "--timeout", "6", "--workers", "1");

        using var reader = CatalogReader.Open(new ArchiveLayout(root));
        var appendix = reader.Letter("appendix")!;
        Assert.True(appendix.State == LetterState.Failed, run.All);
        Assert.Equal(ArchiveFaults.Timeout, appendix.Failure!.Code);
        Assert.InRange(appendix.Elapsed!.Value.TotalSeconds, 6, 11);
        var letter = reader.Letter("letter-0")!;
        Assert.True(letter.State == LetterState.Done, letter.Failure?.Reason ?? run.All);
    }

    private static string[] QuarantineListing(string[] lines) =>
        lines.SkipWhile(l => !l.EndsWith("quarantine:")).Skip(1).TakeWhile(l => l.Length > 0).ToArray();
}
