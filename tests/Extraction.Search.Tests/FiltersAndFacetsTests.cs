using Extraction.Search.Facets;
using Extraction.Search.Querying;
using Extraction.Search.Tests.Fixtures;

namespace Extraction.Search.Tests;

public sealed class FiltersAndFacetsTests(CorpusIndex corpus) : IClassFixture<CorpusIndex>
{
    private IReadOnlyList<string> Ids(SearchRequest request) =>
        corpus.Index.Searcher.Search(request with { Limit = 100 }).Hits.Select(h => h.Record.Id).Order().ToList();

    [Fact]
    public void Facets_count_the_hits_values()
    {
        var results = corpus.Index.Searcher.Search(new SearchRequest { Query = "quang ngai" });

        var places = results.Facets[FacetDimensions.Place];
        Assert.Equal(new FacetValue("Quảng Ngãi", 13), places[0]);
        Assert.Equal(results.Total, places.Sum(p => p.Count));
        // Nine of 2025: eight letters of the province, and made-kh-modu-412-2025 of one of its districts, which cites the province's plan.
        Assert.Contains(new FacetValue("2025", 9), results.Facets[FacetDimensions.Year]);
        Assert.Contains(new FacetValue("Thông báo", 3), results.Facets[FacetDimensions.DocumentType]);
    }

    [Fact]
    public void A_filter_by_type_and_year_keeps_only_matching_letters()
    {
        var ids = Ids(new SearchRequest { Filters = new SearchFilters { DocumentType = "thong bao", Year = 2025 } });

        var notices2025 = GoldCorpus.Records()
            .Where(r => r.DocumentType == "Thông báo" && r.IssuedDate?.StartsWith("2025", StringComparison.Ordinal) == true)
            .Select(r => r.Id).Order().ToList();
        Assert.Contains("qn-tb-46-2025-scan", notices2025);
        Assert.Equal(notices2025, ids);
    }

    [Fact]
    public void An_assignee_filter_matches_the_words_inside_a_longer_heading()
    {
        // "Sở Nội vụ" is a task of qn-tb-11-2025 and made-blind-cv-skhcn-lamdong-412-2025; seed-002 assigns "Trưởng phòng Nội vụ" (not a Sở).
        var ids = Ids(new SearchRequest { Filters = new SearchFilters { Assignee = "so noi vu" } });

        Assert.Equal(["made-blind-cv-skhcn-lamdong-412-2025", "qn-tb-11-2025", "seed-000", "seed-000-scan"], ids);
    }

    [Fact]
    public void Issued_dates_filter_as_an_inclusive_range()
    {
        var ids = Ids(new SearchRequest { Filters = new SearchFilters { IssuedFrom = new DateOnly(2025, 2, 4), IssuedTo = new DateOnly(2025, 2, 5) } });

        Assert.Equal(["qn-cv-575-2025-scan", "qn-qd-04-bcd138-2025-scan"], ids);
    }

    [Fact]
    public void A_due_date_filter_finds_letters_with_a_deadline_by_then()
    {
        DateOnly from = new(2025, 1, 1), to = new(2025, 2, 28);
        var ids = Ids(new SearchRequest { Filters = new SearchFilters { DueAfter = from, DueBefore = to } });

        var dueThen = GoldCorpus.Records()
            .Where(r => r.Deadlines.Any(d => DateOnly.TryParseExact(d.Date, "yyyy-MM-dd", out var day) && day >= from && day <= to))
            .Select(r => r.Id).Order().ToList();
        Assert.Contains("qn-tb-11-2025", dueThen);
        Assert.Equal(dueThen, ids);
    }

    [Fact]
    public void Deadlines_are_listed_per_assignee_and_date()
    {
        var finder = new DeadlineFinder(corpus.Index.Searcher);

        var june = finder.Find(new DeadlineQuery("So Thong tin va Truyen thong", new DateOnly(2023, 6, 1), new DateOnly(2023, 6, 30)));

        Assert.Equal(4, june.Count);
        Assert.All(june, d => Assert.Equal("Sở Thông tin và Truyền thông", d.Assignee));
        Assert.Equal([new DateOnly(2023, 6, 15), new DateOnly(2023, 6, 15), new DateOnly(2023, 6, 30), new DateOnly(2023, 6, 30)], june.Select(d => d.Date));
        Assert.Equal("62/BCĐCCHC&CĐS", june[0].Code);
    }
}
