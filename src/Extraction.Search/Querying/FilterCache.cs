using Lucene.Net.Search;

namespace Extraction.Search.Querying;

/// <summary>
/// Remembers which letters each filter matches, so a filter staff use again (a facet clicked, a year, a
/// document type) costs a walk over a bit set instead of reading its postings and positions again.
/// Lucene's <see cref="CachingWrapperFilter"/> keeps the sets per segment core, so they are dropped with
/// their segments and a near-real-time reopen only computes them for the new segments; this class keeps
/// the <paramref name="capacity"/> filters used most recently. Safe for concurrent searches.
/// </summary>
public sealed class FilterCache(int capacity = 256)
{
    private readonly System.Threading.Lock gate = new();
    private readonly Dictionary<Query, LinkedListNode<(Query Key, Filter Filter)>> entries = [];
    private readonly LinkedList<(Query Key, Filter Filter)> recency = new();

    /// <summary>A query matching what <paramref name="filter"/> matches, with no score of its own.</summary>
    public Query Cached(Query filter)
    {
        lock (gate)
        {
            if (entries.TryGetValue(filter, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                return new ConstantScoreQuery(node.Value.Filter);
            }
            var cached = new CachingWrapperFilter(new QueryWrapperFilter(filter));
            entries[filter] = recency.AddFirst((filter, cached));
            if (entries.Count > capacity)
            {
                entries.Remove(recency.Last!.Value.Key);
                recency.RemoveLast();
            }
            return new ConstantScoreQuery(cached);
        }
    }
}
