using Extraction.Archive.Tests.Fixtures;

namespace Extraction.Archive.Tests;

/// <summary>The index is fed from the catalog only, agrees with it after any failure, and can be rebuilt from it.</summary>
public sealed class IndexFeedTests : IDisposable
{
    private readonly TestArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private string[] Letters(int count) => Enumerable.Range(0, count)
        .Select(i => _archive.Scratch.Write($"inbox/letter-{i}.txt", TestFiles.Variants.Text(i))).ToArray();

    [Fact]
    public void Done_letters_reach_the_index_with_their_text_and_failed_ones_do_not()
    {
        _archive.Ingest([.. Letters(3), _archive.Scratch.Write("inbox/empty.txt", [])]);

        Assert.Equal(["letter-0", "letter-1", "letter-2"], _archive.Index.Committed.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Kính gửi", _archive.Index.Committed["letter-1"].Text);
        Assert.Equal("2", _archive.Index.Committed["letter-1"].Record.Number);
        Assert.Equal(0, _archive.Archive.IndexPending());
    }

    [Fact]
    public void A_failed_index_commit_leaves_the_catalog_intact_and_is_made_good_later()
    {
        _archive.Index.FailCommits = true;
        var batch = _archive.Ingest(Letters(2));

        Assert.Equal(2, batch.Processed.Count(p => p.Outcome.Succeeded));
        Assert.Contains(_archive.Warnings, w => w.Contains("search index could not be updated") && w.Contains("No space left"));
        Assert.Empty(_archive.Index.Committed);
        Assert.Equal(2, _archive.Archive.IndexPending());

        _archive.Index.FailCommits = false;
        Assert.True(_archive.Archive.SyncIndex(_archive.Warnings.Add));
        Assert.Equal(2, _archive.Index.Committed.Count);
    }

    [Fact]
    public void Changes_the_index_never_committed_before_a_crash_are_sent_again()
    {
        _archive.Index.FailCommits = true;
        _archive.Ingest(Letters(2));

        _archive.Restart();
        _archive.Ingest();

        Assert.Equal(["letter-0", "letter-1"], _archive.Index.Committed.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_index_is_rebuilt_from_the_current_version_of_every_done_letter()
    {
        _archive.Ingest(Letters(3));
        _archive.Index.LetterRemoved("letter-0");
        _archive.Index.Commit();

        Assert.Equal(3, _archive.Archive.RebuildIndex());

        Assert.Equal(1, _archive.Index.Rebuilds);
        Assert.Equal(["letter-0", "letter-1", "letter-2"], _archive.Index.Committed.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, _archive.Archive.IndexPending());
    }

    [Fact]
    public void An_index_of_an_older_format_is_rebuilt_from_the_catalog_when_the_archive_opens()
    {
        _archive.Ingest(Letters(2));

        _archive.Restart(outdatedIndex: true);

        Assert.Equal(1, _archive.Index.Rebuilds);
        Assert.Equal(["letter-0", "letter-1"], _archive.Index.Committed.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, _archive.Archive.IndexPending());
    }
}
