using Extraction.Records;
using Extraction.Search.Analysis;
using Extraction.Search.Facets;
using Extraction.Search.Indexing;
using Extraction.Search.Snippets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Extraction.Search.Querying;

/// <summary>
/// Answers searches over whatever the searcher manager currently sees: with a writer's manager that
/// includes letters indexed a moment ago and not yet committed (near-real-time).
/// </summary>
/// <remarks>
/// A query of common syllables matches half an archive. Every hit is counted (facets too) and ranked
/// by its required syllables alone; the best <paramref name="rankingWindow"/> of them are then ranked by
/// the whole query (pairs, phrase, exact spellings), which gives them the very scores a single pass
/// would, at a fraction of its cost. A window of 0 ranks every hit by the whole query. Ranking is split
/// over <paramref name="scoringThreads"/> threads (by default one per core on a large index, see
/// <see cref="SplitScoring"/>).
/// </remarks>
public sealed class LetterSearcher(
    ReferenceManager<IndexSearcher> searchers, int rankingWindow = LetterSearcher.DefaultRankingWindow, int? scoringThreads = null)
{
    /// <summary>How many of the best candidates the whole query ranks: chosen on the search benchmark,
    /// where it keeps the single pass's top ten (docs/search.md).</summary>
    public const int DefaultRankingWindow = 200;

    private readonly LetterQueryBuilder queries = new();
    private readonly SnippetBuilder snippets = new();

    /// <summary>The same searcher, ranking a different window of candidates by the whole query.</summary>
    public LetterSearcher WithRankingWindow(int window) => new(searchers, window, scoringThreads);

    /// <summary>The same searcher, ranking each query on this many threads.</summary>
    public LetterSearcher WithScoringThreads(int threads) => new(searchers, rankingWindow, threads);

    public SearchResults Search(SearchRequest request)
    {
        var query = queries.Build(request);
        var searcher = searchers.Acquire();
        try
        {
            var wanted = Math.Max(1, request.Offset + request.Limit);
            var facets = request.FacetValues > 0 ? new FacetCollector(FacetDimensions.All) : null;
            var docs = query.IsEmpty ? Newest(searcher, query.Query, wanted, facets)
                : rankingWindow > 0 && !ReferenceEquals(query.Candidates, query.Query) ? RankedInWindow(searcher, query, wanted, facets)
                : Ranked(searcher, query.Query, wanted, facets);
            var page = docs.ScoreDocs.Skip(request.Offset).Take(request.Limit).ToArray();
            // Reading a hit's stored record and text and cutting its snippet is a fifth of a query's time:
            // the hits of a page are made on all cores.
            var hits = new SearchHit[page.Length];
            Parallel.For(0, page.Length, i => hits[i] = ToHit(searcher, page[i], query.HighlightTerms));
            return new SearchResults(docs.TotalHits, hits, facets?.Result(request.FacetValues) ?? FacetCounts.None);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>With nothing typed there is no relevance to rank by: newest letters first.</summary>
    private static TopDocs Newest(IndexSearcher searcher, Query query, int wanted, FacetCollector? facets)
    {
        var top = TopFieldCollector.Create(new Sort(new SortField(LetterFields.Issued, SortFieldType.INT32, reverse: true)), wanted, false, false, false, false);
        searcher.Search(query, FacetCollector.Beside(top, facets));
        return top.GetTopDocs();
    }

    private TopDocs Ranked(IndexSearcher searcher, Query query, int wanted, FacetCollector? facets) =>
        SplitScoring.TopScored(searcher, query, wanted, facets, scoringThreads);

    private TopDocs RankedInWindow(IndexSearcher searcher, LetterQuery query, int wanted, FacetCollector? facets)
    {
        var candidates = Ranked(searcher, query.Candidates, Math.Max(wanted, rankingWindow), facets);
        var top = TopScoreDocCollector.Create(wanted, true);
        var window = new FilteredQuery(query.Query, new DocumentsFilter(candidates.ScoreDocs.Select(d => d.Doc)), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
        searcher.Search(window, top);
        var ranked = top.GetTopDocs();
        return new TopDocs(candidates.TotalHits, ranked.ScoreDocs, ranked.MaxScore);
    }

    /// <summary>The indexed records of the letters carrying this code as their own number and notation.</summary>
    public IReadOnlyList<LetterRecord> FindByCode(string code, int limit = 10) =>
        Records(new TermQuery(new Term(LetterFields.Code, DocumentCode.Key(code))), limit);

    /// <summary>Records matching a query, unranked: for lookups that read the records themselves.</summary>
    public IReadOnlyList<LetterRecord> Records(Query query, int limit)
    {
        var searcher = searchers.Acquire();
        try
        {
            return searcher.Search(query, limit).ScoreDocs.Select(hit => RecordOf(searcher, hit.Doc)).ToList();
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public int Count()
    {
        var searcher = searchers.Acquire();
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private SearchHit ToHit(IndexSearcher searcher, ScoreDoc hit, IReadOnlySet<string> highlight)
    {
        var document = searcher.Doc(hit.Doc);
        var record = RecordJson.Deserialize(document.Get(LetterFields.Record));
        var text = document.Get(LetterFields.Body) ?? record.Subject;
        return new SearchHit(record, float.IsNaN(hit.Score) ? 0 : hit.Score, snippets.Build(text, highlight));
    }

    private static LetterRecord RecordOf(IndexSearcher searcher, int doc) =>
        RecordJson.Deserialize(searcher.Doc(doc).Get(LetterFields.Record));
}
