using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Extraction.Search.Facets;

/// <summary>
/// One dimension's values for every document of a segment, read once from its sorted-set doc values
/// and kept as plain arrays while the segment lives (a few MB for 100,000 letters), so counting a hit
/// is an array read instead of decoding doc values again for every query.
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentOrdinals>> Cache = new();

    /// <summary>Document d's ordinals are <c>Ordinals[Starts[d]..Starts[d + 1]]</c>.</summary>
    public int[] Starts { get; }
    public int[] Ordinals { get; }
    public string[] Values { get; }

    private SegmentOrdinals(int[] starts, int[] ordinals, string[] values) => (Starts, Ordinals, Values) = (starts, ordinals, values);

    public static SegmentOrdinals? For(AtomicReader reader, string field)
    {
        var perField = Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentOrdinals>());
        if (perField.TryGetValue(field, out var cached)) return cached;
        var docValues = reader.GetSortedSetDocValues(field);
        if (docValues is null) return null;
        return perField.GetOrAdd(field, _ => Read(docValues, reader.MaxDoc));
    }

    private static SegmentOrdinals Read(SortedSetDocValues docValues, int maxDoc)
    {
        var starts = new int[maxDoc + 1];
        var ordinals = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            docValues.SetDocument(doc);
            long ord;
            while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ordinals.Add((int)ord);
        }
        starts[maxDoc] = ordinals.Count;
        var values = new string[docValues.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < values.Length; ord++)
        {
            docValues.LookupOrd(ord, term);
            values[ord] = term.Utf8ToString();
        }
        return new SegmentOrdinals(starts, ordinals.ToArray(), values);
    }
}
