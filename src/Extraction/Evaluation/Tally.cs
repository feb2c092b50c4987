namespace Extraction.Evaluation;

/// <summary>True positives, false positives and false negatives of a list field.</summary>
public sealed class Tally
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }

    public void Add(int matched, int gold, int predicted)
    {
        TruePositives += matched;
        FalseNegatives += gold - matched;
        FalsePositives += predicted - matched;
    }

    public (double Precision, double Recall, double F1) Prf()
    {
        var p = TruePositives + FalsePositives > 0 ? (double)TruePositives / (TruePositives + FalsePositives) : FalseNegatives == 0 ? 1.0 : 0.0;
        var r = TruePositives + FalseNegatives > 0 ? (double)TruePositives / (TruePositives + FalseNegatives) : 1.0;
        var f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return (p, r, f);
    }

    /// <summary>One-to-one greedy matching, best pairs first: the (gold, predicted, score) pairs kept.</summary>
    public static List<(int Gold, int Predicted, double Score)> GreedyMatch<TG, TP>(
        IReadOnlyList<TG> gold, IReadOnlyList<TP> predicted, Func<TG, TP, double> score, double threshold)
    {
        var pairs = new List<(double Score, int Gold, int Predicted)>();
        for (var g = 0; g < gold.Count; g++)
            for (var p = 0; p < predicted.Count; p++)
            {
                var s = score(gold[g], predicted[p]);
                if (s >= threshold) pairs.Add((s, g, p));
            }
        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var kept = new List<(int, int, double)>();
        foreach (var (s, g, p) in pairs.OrderByDescending(x => x.Score))
        {
            if (usedGold.Contains(g) || usedPredicted.Contains(p)) continue;
            usedGold.Add(g);
            usedPredicted.Add(p);
            kept.Add((g, p, s));
        }
        return kept;
    }
}
