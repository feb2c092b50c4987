using Extraction.Search.Analysis;
using Extraction.Search.Facets;
using Extraction.Search.Querying;

namespace Extraction.Web.Api;

/// <summary>One result as the API returns it. <see cref="SnippetHtml"/> is HTML-escaped text with the
/// matched words in &lt;mark&gt;.</summary>
public sealed record HitModel(
    string Id, string? Code, string? DocumentType, string? Subject, string? Issuer, string? Place,
    string? IssuedDate, float Score, string SnippetHtml)
{
    public static HitModel From(SearchHit hit) => new(
        hit.Record.Id, DocumentCode.Of(hit.Record), hit.Record.DocumentType, hit.Record.Subject, hit.Record.Issuer,
        hit.Record.Place, hit.Record.IssuedDate, hit.Score, hit.Snippet.ToHtml());
}

public sealed record SearchResponse(int Total, int Page, IReadOnlyList<HitModel> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

public sealed record FacetsResponse(int Total, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

public sealed record DeadlinesResponse(IReadOnlyList<DeadlineEntry> Deadlines);

public sealed record ProblemResponse(string Error);
