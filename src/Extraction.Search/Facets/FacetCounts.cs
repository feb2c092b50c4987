namespace Extraction.Search.Facets;

public sealed record FacetValue(string Value, int Count);

/// <summary>The most frequent values of each dimension among a search's hits, most frequent first.</summary>
public sealed class FacetCounts(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> dimensions)
{
    public static readonly FacetCounts None = new(new Dictionary<string, IReadOnlyList<FacetValue>>());

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Dimensions { get; } = dimensions;

    public IReadOnlyList<FacetValue> this[string dimension] =>
        Dimensions.TryGetValue(dimension, out var values) ? values : [];
}
