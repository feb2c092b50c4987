using System.Security.Cryptography;
using Extraction.Archive.Catalog;
using Extraction.Archive.Intake;
using Extraction.Archive.Tests.Fixtures;
using Extraction.Records;
using Microsoft.Data.Sqlite;

namespace Extraction.Archive.Tests;

/// <summary>Files in: originals kept byte for byte by hash, one catalog row each, every arrival remembered.</summary>
public sealed class IntakeTests : IDisposable
{
    private readonly TestArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private string Inbox(string name, byte[] content) => _archive.Scratch.Write(Path.Combine("inbox", name), content);

    private static byte[] Corpus(string name) => File.ReadAllBytes(TestFiles.Letter(name));

    [Fact]
    public void A_letter_is_kept_unchanged_under_its_hash_and_recorded_with_its_text()
    {
        var bytes = Corpus("seed-000.txt");
        var batch = _archive.Ingest(Inbox("seed-000.txt", bytes));

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var original = _archive.Layout.OriginalPath(sha);
        Assert.Equal(bytes, File.ReadAllBytes(original));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(original));
        var entry = _archive.Entry("seed-000");
        Assert.Equal(LetterState.Done, entry.State);
        Assert.Equal(sha, entry.Sha256);
        Assert.NotNull(entry.Elapsed);
        var record = batch.Letter("seed-000").Outcome.Record!;
        Assert.Equal("62", record.Number);
        Assert.Equal(sha, record.Source.Sha256);
        Assert.Contains("Cần Thơ", batch.Letter("seed-000").Outcome.Text);
    }

    [Fact]
    public void The_same_bytes_dropped_again_are_one_letter_with_a_duplicate_arrival()
    {
        var bytes = Corpus("seed-001.txt");
        var batch = _archive.Ingest(Inbox("seed-001.txt", bytes), Inbox("copy/Bản sao công văn.txt", bytes));

        Assert.Equal([IntakeKind.New, IntakeKind.Duplicate], batch.Intake.Select(i => i.Kind));
        Assert.Equal("seed-001", batch.Intake[1].LetterId);
        Assert.Single(batch.Processed);
        using var reader = _archive.Reader();
        Assert.Single(reader.Letters());
        Assert.Equal(["seed-001.txt", "Bản sao công văn.txt"], reader.ArrivalsOf("seed-001").Select(a => a.Name));
        Assert.Equal([ArrivalKind.Original, ArrivalKind.Duplicate], reader.ArrivalsOf("seed-001").Select(a => a.Kind));
        Assert.Equal(1, reader.Counts().Duplicates);
    }

    [Fact]
    public void Copies_taken_in_in_parallel_are_one_letter_and_a_path_named_twice_is_one_arrival()
    {
        var bytes = Corpus("seed-002.txt");
        var copies = Enumerable.Range(0, 12).Select(i => Inbox($"copy-{i:00}.txt", bytes)).ToList();
        var results = new System.Collections.Concurrent.ConcurrentBag<IntakeResult>();

        _archive.Archive.TakeIn([.. copies, copies[0], Path.Combine(Path.GetDirectoryName(copies[0])!, ".", "copy-00.txt")], results.Add);

        Assert.Equal(12, results.Count);
        Assert.Single(results, r => r.Kind == IntakeKind.New);
        Assert.Equal(11, results.Count(r => r.Kind == IntakeKind.Duplicate));
        using var reader = _archive.Reader();
        var letter = Assert.Single(reader.Letters());
        Assert.Equal(12, reader.ArrivalsOf(letter.LetterId).Count);
        Assert.Single(Directory.GetFiles(_archive.Layout.Originals, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_folder_ingested_again_is_not_taken_in_twice()
    {
        var file = Inbox("seed-002.txt", Corpus("seed-002.txt"));
        _archive.Ingest(file);
        var again = _archive.Ingest(file);

        Assert.Equal(IntakeKind.AlreadyTakenIn, again.Intake.Single().Kind);
        Assert.Empty(again.Processed);
        using var reader = _archive.Reader();
        Assert.Single(reader.ArrivalsOf("seed-002"));
    }

    [Fact]
    public void Different_letters_with_the_same_file_name_get_distinct_ids()
    {
        var first = Inbox("a/cong-van.txt", System.Text.Encoding.UTF8.GetBytes(TestFiles.Variants.Text(0)));
        var second = Inbox("b/cong-van.txt", System.Text.Encoding.UTF8.GetBytes(TestFiles.Variants.Text(1)));
        var batch = _archive.Ingest(first, second);

        var ids = batch.Intake.Select(i => i.LetterId!).ToList();
        Assert.Equal("cong-van", ids[0]);
        Assert.StartsWith("cong-van-", ids[1]);
        Assert.All(batch.Processed, p => Assert.Equal("cong-van.txt", p.Outcome.Record!.Source.FileName));
        Assert.Equal(ids.Order(), batch.Processed.Select(p => p.Outcome.Record!.Id).Order());
    }

    [Theory]
    [InlineData("Công văn số 62 của Ban Chỉ đạo.txt", "Công văn số 62 của Ban Chỉ đạo")]
    [InlineData("..\\..\\etc\\passwd.txt", "passwd")]
    [InlineData("..  .txt", "letter")]
    [InlineData("tab\tand:colon?.txt", "tab_and_colon_")]
    public void Names_are_kept_as_given_and_written_only_as_safe_names(string name, string letterId)
    {
        var batch = _archive.Ingest(Inbox(name, Corpus("seed-000.txt")));

        Assert.Equal(letterId, batch.Intake.Single().LetterId);
        Assert.Equal(name, batch.Letter(letterId).Outcome.Record!.Source.FileName);
        using var reader = _archive.Reader();
        Assert.Equal(name, reader.ArrivalsOf(letterId).Single().Name);
        Assert.All(Directory.EnumerateFileSystemEntries(_archive.Scratch.Path), e => Assert.Contains(Path.GetFileName(e), new[] { "archive", "inbox" }));
    }

    [Fact]
    public void A_path_with_dot_dot_segments_is_taken_in_by_its_file_name()
    {
        var file = Inbox("seed-000.txt", Corpus("seed-000.txt"));
        var roundabout = Path.Combine(Path.GetDirectoryName(file)!, "..", "inbox", "seed-000.txt");
        var batch = _archive.Ingest(roundabout);

        Assert.Equal("seed-000", batch.Intake.Single().LetterId);
        using var reader = _archive.Reader();
        Assert.Equal(Path.GetFullPath(file), reader.ArrivalsOf("seed-000").Single().SourcePath);
    }

    [Fact]
    public void A_corrected_letter_with_the_same_number_notation_issuer_and_year_is_kept_as_a_new_version()
    {
        var original = TestFiles.Variants.Text(0, 417, new DateOnly(2024, 3, 4));
        var corrected = TestFiles.Variants.Text(0, 417, new DateOnly(2024, 3, 6));
        var nextYear = TestFiles.Variants.Text(0, 417, new DateOnly(2025, 3, 4));
        var batch = _archive.Ingest(Inbox("cv-417.txt", Utf8(original)), Inbox("cv-417-sua.txt", Utf8(corrected)), Inbox("cv-417-2025.txt", Utf8(nextYear)));

        Assert.Equal((1, true), (_archive.Entry("cv-417").Version, _archive.Entry("cv-417").Superseded));
        Assert.Equal((2, false), (_archive.Entry("cv-417-sua").Version, _archive.Entry("cv-417-sua").Superseded));
        Assert.Equal((1, 1, "cv-417-2025"), (batch.Letter("cv-417-2025").Completed.Version, batch.Letter("cv-417-2025").Completed.VersionCount, batch.Letter("cv-417-2025").Completed.CurrentVersion));
        var later = new[] { batch.Letter("cv-417"), batch.Letter("cv-417-sua") }.Select(p => p.Completed).MaxBy(c => c.VersionCount)!;
        Assert.Equal((2, "cv-417-sua"), (later.VersionCount, later.CurrentVersion));
        Assert.Equal(original, File.ReadAllText(_archive.Layout.OriginalPath(_archive.Entry("cv-417").Sha256)));
        using var reader = _archive.Reader();
        Assert.Equal(3, reader.DoneRecords(currentOnly: false).Count());
        Assert.Equal(["cv-417-sua", "cv-417-2025"], reader.DoneRecords(currentOnly: true).Select(r => r.Id));
        Assert.Equal(["cv-417-2025", "cv-417-sua"], _archive.Index.Committed.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_catalog_is_sqlite_in_wal_mode_and_holds_the_record_json()
    {
        _archive.Ingest(Inbox("seed-000.txt", Corpus("seed-000.txt")));

        using var connection = new SqliteConnection($"Data Source={_archive.Layout.Catalog};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "SELECT record_json FROM letters WHERE letter_id = 'seed-000'";
        Assert.Equal("62", RecordJson.Deserialize((string)command.ExecuteScalar()!).Number);
    }

    [Fact]
    public void The_inbox_is_only_read()
    {
        var file = Inbox("seed-000.txt", Corpus("seed-000.txt"));
        var before = File.GetLastWriteTimeUtc(file);
        _archive.Ingest(file);

        Assert.Equal(["seed-000.txt"], Directory.GetFiles(Path.GetDirectoryName(file)!).Select(Path.GetFileName));
        Assert.Equal(before, File.GetLastWriteTimeUtc(file));
        Assert.Equal(Corpus("seed-000.txt"), File.ReadAllBytes(file));
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
