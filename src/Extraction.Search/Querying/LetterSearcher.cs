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
public sealed class LetterSearcher(ReferenceManager<IndexSearcher> searchers)
{
    private readonly LetterQueryBuilder queries = new();
    private readonly SnippetBuilder snippets = new();

    public SearchResults Search(SearchRequest request)
    {
        var query = queries.Build(request);
        var searcher = searchers.Acquire();
        try
        {
            var wanted = Math.Max(1, request.Offset + request.Limit);
            // With nothing typed there is no relevance to rank by: newest letters first.
            ITopDocsCollector top = query.IsEmpty
                ? TopFieldCollector.Create(new Sort(new SortField(LetterFields.Issued, SortFieldType.INT32, reverse: true)), wanted, false, false, false, false)
                : TopScoreDocCollector.Create(wanted, true);
            var facets = request.FacetValues > 0 ? new FacetCollector(FacetDimensions.All) : null;
            searcher.Search(query.Query, facets is null ? top : MultiCollector.Wrap(top, facets));

            var docs = top.GetTopDocs(request.Offset, request.Limit);
            var hits = docs.ScoreDocs.Select(hit => ToHit(searcher, hit, query.HighlightTerms)).ToList();
            return new SearchResults(docs.TotalHits, hits, facets?.Result(request.FacetValues) ?? FacetCounts.None);
        }
        finally
        {
            searchers.Release(searcher);
        }
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
