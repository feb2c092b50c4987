using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Extraction.Search.Querying;

/// <summary>Lets through the given documents only (ids of the whole index, as hits give them).</summary>
internal sealed class DocumentsFilter(IEnumerable<int> documents) : Filter
{
    private readonly int[] sorted = [.. documents.Order()];

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var first = Array.BinarySearch(sorted, context.DocBase);
        if (first < 0) first = ~first;
        var maxDoc = context.AtomicReader.MaxDoc;
        if (first == sorted.Length || sorted[first] >= context.DocBase + maxDoc) return null;
        var bits = new FixedBitSet(maxDoc);
        for (var i = first; i < sorted.Length && sorted[i] < context.DocBase + maxDoc; i++)
        {
            var doc = sorted[i] - context.DocBase;
            if (acceptDocs is null || acceptDocs.Get(doc)) bits.Set(doc);
        }
        return bits;
    }
}
