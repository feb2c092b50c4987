using Extraction.Archive.Catalog;
using Extraction.Archive.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace Extraction.Archive.Tests;

/// <summary>Opening an archive repairs what a killed run left; only one process writes at a time.</summary>
public sealed class RecoveryTests : IDisposable
{
    private readonly TestArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void Letters_caught_in_processing_by_a_crash_are_processed_again()
    {
        var file = _archive.Scratch.Write("inbox/seed-000.txt", File.ReadAllBytes(TestFiles.Letter("seed-000.txt")));
        _archive.Archive.TakeIn(file);
        Execute("UPDATE letters SET state = 'processing', attempts = 1");

        _archive.Restart();

        Assert.Equal(new Recovery(1, 1), _archive.Archive.Recovered);
        _archive.Ingest();
        var entry = _archive.Entry("seed-000");
        Assert.Equal((LetterState.Done, 2), (entry.State, entry.Attempts));
    }

    [Fact]
    public void Half_written_files_of_a_crash_are_removed()
    {
        var leftover = Path.Combine(_archive.Layout.Temporary, "0123.part");
        File.WriteAllText(leftover, "half a letter");

        _archive.Restart();

        Assert.False(File.Exists(leftover));
    }

    [Fact]
    public void A_second_writer_is_refused_while_the_first_holds_the_archive()
    {
        var error = Assert.Throws<ArchiveUnavailableException>(() => LetterArchive.Open(new ArchiveOptions { Root = _archive.Root }));
        Assert.Contains("in use by another extraction process", error.Message);

        _archive.Archive.Dispose();
        using var second = LetterArchive.Open(new ArchiveOptions { Root = _archive.Root });
        Assert.Equal(_archive.Layout.Root, second.Layout.Root);
    }

    [Fact]
    public void A_reader_sees_the_catalog_while_the_writer_is_open()
    {
        _archive.Ingest(_archive.Scratch.Write("inbox/seed-001.txt", File.ReadAllBytes(TestFiles.Letter("seed-001.txt"))));

        using var reader = _archive.Reader();
        Assert.Equal(1, reader.Counts()[LetterState.Done]);
    }

    [Fact]
    public void A_catalog_of_version_1_is_upgraded_in_place_and_keeps_its_letters()
    {
        _archive.Ingest(_archive.Scratch.Write("inbox/seed-001.txt", File.ReadAllBytes(TestFiles.Letter("seed-001.txt"))));
        Execute("ALTER TABLE letters DROP COLUMN recognised_pages; PRAGMA user_version = 1;");

        _archive.Restart();

        Assert.Equal(2L, Scalar("PRAGMA user_version"));
        Assert.Equal(1L, Scalar("SELECT count(*) FROM pragma_table_info('letters') WHERE name = 'recognised_pages'"));
        Assert.Equal(LetterState.Done, _archive.Entry("seed-001").State);
        _archive.Ingest(_archive.Scratch.Write("inbox/seed-000.txt", File.ReadAllBytes(TestFiles.Letter("seed-000.txt"))));
        using var reader = _archive.Reader();
        Assert.Equal(2, reader.Counts()[LetterState.Done]);
        Assert.Empty(reader.ScannedLetters());
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_archive.Layout.Catalog};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_archive.Layout.Catalog};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
