using Extraction.Search.Analysis;
using Extraction.Search.Querying;
using Extraction.Search.Tests.Fixtures;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using static Extraction.Search.Tests.Fixtures.Letters;

namespace Extraction.Search.Tests;

public sealed class IndexSchemaTests
{
    [Fact]
    public void A_committed_index_carries_the_current_schema()
    {
        using var folder = new TempFolder();
        using (var index = LetterIndex.Open(folder.Path)) index.Add(Record("a", subject: "hóa đơn điện tử"), null);

        using var directory = FSDirectory.Open(folder.Path);
        Assert.Equal(IndexSchema.Current, IndexSchema.Of(directory));
    }

    [Fact]
    public void An_index_from_before_the_schema_marker_is_refused_for_reading_with_the_command_that_rebuilds_it()
    {
        using var folder = new TempFolder();
        WriteUnmarkedIndex(folder.Path);

        var refused = Assert.Throws<IndexNeedsRebuildException>(() => ReadOnlyLetterIndex.TryOpen(folder.Path));
        Assert.Contains("extraction index --records", refused.Message);
        Assert.Contains("schema 1", refused.Message);
    }

    [Fact]
    public void A_writer_on_an_outdated_index_starts_empty_and_replaces_it_at_the_first_commit()
    {
        using var folder = new TempFolder();
        WriteUnmarkedIndex(folder.Path);

        using (var index = LetterIndex.Open(folder.Path))
        {
            Assert.True(index.StartedEmpty);
            Assert.Equal(0, index.Searcher.Count());
            index.Add(Record("new", subject: "hóa đơn điện tử"), null);
        }

        using var reader = ReadOnlyLetterIndex.TryOpen(folder.Path);
        Assert.NotNull(reader);
        Assert.Equal(["new"], reader.Searcher.Search(new SearchRequest { Query = "hoa don" }).Hits.Select(h => h.Record.Id));
        using var again = LetterIndex.Open(folder.Path);
        Assert.False(again.StartedEmpty);
    }

    [Fact]
    public void An_index_whose_first_commit_was_cut_off_is_refused_for_reading_and_started_again_by_a_writer()
    {
        // As a kill during the first commit leaves it (the archive's kill test met it): segments_1 cut short.
        using var folder = new TempFolder();
        using (var index = LetterIndex.Open(folder.Path)) index.Add(Record("lost", subject: "hóa đơn điện tử"), null);
        var segments = Assert.Single(System.IO.Directory.GetFiles(folder.Path, "segments_*"));
        File.WriteAllBytes(segments, File.ReadAllBytes(segments)[..10]);

        var refused = Assert.Throws<IndexNeedsRebuildException>(() => ReadOnlyLetterIndex.TryOpen(folder.Path));
        Assert.Contains("cannot be read", refused.Message);
        Assert.Contains("extraction index --records", refused.Message);

        using (var index = LetterIndex.Open(folder.Path))
        {
            Assert.True(index.StartedEmpty);
            index.Add(Record("again", subject: "hóa đơn điện tử"), null);
        }
        using var reader = ReadOnlyLetterIndex.TryOpen(folder.Path);
        Assert.NotNull(reader);
        Assert.Equal(["again"], reader.Searcher.Search(new SearchRequest { Query = "hoa don" }).Hits.Select(h => h.Record.Id));
    }

    /// <summary>An index as versions before the marker wrote it: a commit with no user data.</summary>
    private static void WriteUnmarkedIndex(string path)
    {
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, VietnameseAnalyzer.Instance));
        writer.AddDocument(new Document { new StringField("id", "old", Field.Store.YES) });
        writer.Commit();
    }
}
