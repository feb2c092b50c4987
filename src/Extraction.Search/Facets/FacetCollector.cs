using Extraction.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Extraction.Search.Facets;

/// <summary>
/// Counts facet values of the hits from sorted-set doc values (Lucene.Net.Facet is not available):
/// per segment it counts ordinals (<see cref="SegmentOrdinals"/>) in an array, and turns them into
/// strings only when the segment ends, so a hit costs a few array increments. Same idea as Lucene's SortedSetDocValuesFacetCounts,
/// without its taxonomy of dimensions in one field.
/// </summary>
public sealed class FacetCollector(IReadOnlyList<string> dimensions) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> totals =
        dimensions.ToDictionary(d => d, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly SegmentCounts?[] segment = new SegmentCounts?[dimensions.Count];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < dimensions.Count; i++)
        {
            var ordinals = SegmentOrdinals.For(context.AtomicReader, LetterFields.Facet(dimensions[i]));
            segment[i] = ordinals is null ? null : new SegmentCounts(ordinals);
        }
    }

    public void Collect(int doc)
    {
        foreach (var counts in segment) counts?.Count(doc);
    }

    /// <summary><paramref name="top"/>, with <paramref name="facets"/> counting the same hits when there are facets to count.</summary>
    public static ICollector Beside(ICollector top, FacetCollector? facets) => facets is null ? top : MultiCollector.Wrap(top, facets);

    /// <summary>A collector of the same dimensions with nothing counted, for one part of a split search.</summary>
    public FacetCollector Empty() => new(dimensions);

    /// <summary>Adds what this collector counted to <paramref name="target"/>'s totals.</summary>
    public void AddTo(FacetCollector target)
    {
        FlushSegment();
        foreach (var (dimension, counts) in totals)
        {
            var targetCounts = target.totals[dimension];
            foreach (var (value, count) in counts) targetCounts[value] = targetCounts.GetValueOrDefault(value) + count;
        }
    }

    public FacetCounts Result(int topValues)
    {
        FlushSegment();
        return new FacetCounts(totals.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<FacetValue>)pair.Value
                .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Take(topValues).Select(v => new FacetValue(v.Key, v.Value)).ToList()));
    }

    private void FlushSegment()
    {
        for (var i = 0; i < dimensions.Count; i++)
        {
            segment[i]?.AddTo(totals[dimensions[i]]);
            segment[i] = null;
        }
    }

    private sealed class SegmentCounts(SegmentOrdinals ordinals)
    {
        private readonly int[] counts = new int[ordinals.Values.Length];

        public void Count(int doc)
        {
            for (var i = ordinals.Starts[doc]; i < ordinals.Starts[doc + 1]; i++) counts[ordinals.Ordinals[i]]++;
        }

        public void AddTo(Dictionary<string, int> totals)
        {
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                var value = ordinals.Values[ord];
                totals[value] = totals.GetValueOrDefault(value) + counts[ord];
            }
        }
    }
}
