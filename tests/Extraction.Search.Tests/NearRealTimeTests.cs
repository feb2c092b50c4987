using System.Diagnostics;
using Extraction.Search.Querying;
using Extraction.Search.Tests.Fixtures;
using static Extraction.Search.Tests.Fixtures.Letters;

namespace Extraction.Search.Tests;

/// <summary>Runs alone: the visibility test times a refresh on the thread pool, which the other test
/// classes running beside it on two cores delayed past a second on a first run after a build.</summary>
[CollectionDefinition(nameof(NearRealTimeTests), DisableParallelization = true)]
public sealed class NearRealTimeCollection;

[Collection(nameof(NearRealTimeTests))]
public sealed class NearRealTimeTests
{
    [Fact]
    public async Task A_letter_indexed_while_indexing_goes_on_is_searchable_within_a_second()
    {
        using var index = LetterIndex.InMemory();
        using var stop = new CancellationTokenSource();
        // Another writer keeps adding letters the whole time, as an ingest would (a few hundred a second).
        var background = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                index.Add(Record($"bulk-{i}"), "Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh");
                await Task.Delay(2);
            }
        });
        // A running server has refreshed and searched before: wait until the bulk letters show (the
        // refresh path is compiled) and search once, so only visibility is timed, not the JIT.
        var warmUp = Stopwatch.StartNew();
        while (index.Searcher.Search(new SearchRequest { Query = "tai chinh", FacetValues = 0 }).Total == 0 && warmUp.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20);
        }
        index.Searcher.Search(new SearchRequest { Query = "khieu nai lan hai", FacetValues = 0 });

        index.Add(Record("new", subject: "thụ lý giải quyết khiếu nại lần hai"), null);
        var watch = Stopwatch.StartNew();
        while (index.Searcher.Search(new SearchRequest { Query = "khieu nai lan hai", FacetValues = 0 }).Total == 0 && watch.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(20);
        }
        watch.Stop();
        stop.Cancel();
        await background;

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"seen after {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void A_committed_index_on_disk_reopens_with_its_letters()
    {
        using var folder = new TempFolder();
        using (var index = LetterIndex.Open(folder.Path))
        {
            index.Add(Record("kept", subject: "hóa đơn điện tử"), null);
        }

        using var reader = ReadOnlyLetterIndex.TryOpen(folder.Path);
        Assert.NotNull(reader);
        Assert.Equal(["kept"], reader.Searcher.Search(new SearchRequest { Query = "hoa don" }).Hits.Select(h => h.Record.Id));
    }

    [Fact]
    public void A_folder_without_an_index_is_reported_as_none()
    {
        using var folder = new TempFolder();

        Assert.Null(ReadOnlyLetterIndex.TryOpen(folder.Path));
        Assert.Null(ReadOnlyLetterIndex.TryOpen(folder.Combine("missing")));
    }

    [Fact]
    public void A_second_writer_on_the_same_folder_is_refused_until_the_first_closes()
    {
        using var folder = new TempFolder();
        var first = LetterIndex.Open(folder.Path);

        var refused = Assert.Throws<IndexInUseException>(() => LetterIndex.Recreate(folder.Path));
        Assert.Contains(folder.Path, refused.Message);

        first.Dispose();
        LetterIndex.Open(folder.Path).Dispose();
    }
}
