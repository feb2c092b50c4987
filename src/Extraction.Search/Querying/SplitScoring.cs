using Extraction.Search.Facets;
using Lucene.Net.Search;

namespace Extraction.Search.Querying;

/// <summary>
/// Counts, facets and ranks every hit of a query on all cores at once: each segment's documents are cut
/// into as many ranges as there are cores and each range is scored on its own thread, with its own
/// top-N and facet counts, merged at the end. Lucene 4.8's own parallel search works segment by
/// segment and only for plain top-N searches; an archive's index is often one large segment and a tail
/// of small ones, so cutting inside segments is what spreads the work evenly. The scores are the
/// ones a single pass gives (same weight, same scorer, every document scored once).
/// </summary>
internal static class SplitScoring
{
    private static readonly int Parts = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Below this many documents a search is cheaper on one thread than handing it out.</summary>
    private const int SplitFromDocuments = 20_000;

    /// <param name="parts">How many ranges to cut the index into; by default one per core, or one for a small index.</param>
    public static TopDocs TopScored(IndexSearcher searcher, Query query, int wanted, FacetCollector? facets, int? parts = null)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var count = parts ?? (searcher.IndexReader.MaxDoc < SplitFromDocuments ? 1 : Parts);
        var results = new (TopDocs Top, FacetCollector? Facets)[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count }, part =>
        {
            var top = TopScoreDocCollector.Create(wanted, docsScoredInOrder: true);
            var partFacets = facets?.Empty();
            var collector = FacetCollector.Beside(top, partFacets);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var maxDoc = leaf.AtomicReader.MaxDoc;
                int first = (int)((long)maxDoc * part / count), end = (int)((long)maxDoc * (part + 1) / count);
                if (first >= end) continue;
                collector.SetNextReader(leaf);
                var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                if (scorer is null) continue;
                collector.SetScorer(scorer);
                for (var doc = scorer.Advance(first); doc < end; doc = scorer.NextDoc()) collector.Collect(doc);
            }
            results[part] = (top.GetTopDocs(), partFacets);
        });
        foreach (var (_, partFacets) in results) partFacets?.AddTo(facets!);
        return Merge(results.Select(r => r.Top).ToList(), wanted);
    }

    /// <summary>The best <paramref name="wanted"/> of the parts, in the order one collector would give them:
    /// higher score first, then the lower document.</summary>
    private static TopDocs Merge(IReadOnlyList<TopDocs> parts, int wanted)
    {
        var best = parts.SelectMany(p => p.ScoreDocs).OrderByDescending(d => d.Score).ThenBy(d => d.Doc).Take(wanted).ToArray();
        var maxScore = best.Length == 0 ? float.NaN : best[0].Score;
        return new TopDocs(parts.Sum(p => p.TotalHits), best, maxScore);
    }
}
