using Extraction.Learning.Corpus;

namespace Extraction.Learning.Training;

/// <summary>
/// Splits letters into k folds by family (a letter and its scans or variants always share a fold,
/// so no fold is tested on a twin of what it was trained on). Families are shuffled by the seed,
/// then dealt largest first to the fold with the fewest examples, which keeps folds of similar size
/// although one letter (a decision with its annex) holds a quarter of all lines.
/// </summary>
public static class FamilyFolds
{
    /// <param name="sizes">How many examples each letter gives, in the order of <paramref name="letters"/>.</param>
    public static int[] Assign(IReadOnlyList<TrainingLetter> letters, int folds, int seed, IReadOnlyList<int> sizes)
    {
        var families = Enumerable.Range(0, letters.Count).GroupBy(i => letters[i].Family, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        var shuffled = families.OrderBy(_ => random.Next()).OrderByDescending(g => g.Sum(i => sizes[i])).ToList();
        var load = new int[folds];
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var family in shuffled)
        {
            var fold = Array.IndexOf(load, load.Min());
            foldOf[family.Key] = fold;
            load[fold] += family.Sum(i => sizes[i]);
        }
        return letters.Select(l => foldOf[l.Family]).ToArray();
    }
}
