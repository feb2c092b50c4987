using Extraction.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static Extraction.Search.Tests.Fixtures.Letters;

namespace Extraction.Search.Tests;

/// <summary>A filter used again is answered from its remembered letters; those must follow the index as it changes.</summary>
public sealed class FilterCacheTests
{
    private static SearchRequest Notices => new() { Query = "hoa don", Filters = new SearchFilters { DocumentType = "thong bao" } };

    private static List<string> Ids(LetterIndex index) =>
        index.Searcher.Search(Notices).Hits.Select(h => h.Record.Id).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_filter_used_again_sees_letters_added_since_and_not_the_ones_replaced_or_deleted()
    {
        using var index = LetterIndex.InMemory();
        index.Add(Record("notice-1", subject: "triển khai hóa đơn điện tử", type: "Thông báo"), null);
        index.Add(Record("letter-1", subject: "triển khai hóa đơn điện tử", type: "Công văn"), null);
        index.Add(Record("notice-2", subject: "triển khai hóa đơn điện tử", type: "Thông báo"), null);
        index.Refresh();
        Assert.Equal(["notice-1", "notice-2"], Ids(index));

        index.Add(Record("notice-3", subject: "hóa đơn điện tử từ máy tính tiền", type: "Thông báo"), null);
        index.Add(Record("notice-1", subject: "triển khai hóa đơn điện tử", type: "Công văn"), null);
        index.Delete("notice-2");
        index.Refresh();

        Assert.Equal(["notice-3"], Ids(index));
    }

    [Fact]
    public void The_cache_forgets_the_least_recently_used_filter_beyond_its_capacity()
    {
        var cache = new FilterCache(capacity: 2);
        var kept = CachedSet(cache, "2023");
        CachedSet(cache, "2024");

        Assert.Same(kept, CachedSet(cache, "2023"));
        CachedSet(cache, "2025");
        Assert.Same(kept, CachedSet(cache, "2023"));
        CachedSet(cache, "2025");
        CachedSet(cache, "2026");
        Assert.NotSame(kept, CachedSet(cache, "2023"));
    }

    private static Filter CachedSet(FilterCache cache, string year) =>
        ((ConstantScoreQuery)cache.Cached(new TermQuery(new Term("year", year)))).Filter;
}
