using Extraction.Records;
using Extraction.Search.Facets;
using Extraction.Search.Snippets;

namespace Extraction.Search.Querying;

public sealed record SearchHit(LetterRecord Record, float Score, Snippet Snippet);

public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, FacetCounts Facets);
