using System.Globalization;

namespace Extraction.Learning.Training;

/// <summary>Accuracy, per-class precision and recall, and the confusion matrix of predictions
/// pooled over the held-out folds.</summary>
public sealed class ClassificationReport
{
    private readonly Dictionary<(string Gold, string Predicted), int> _counts = [];

    public void Add(string gold, string predicted) => _counts[(gold, predicted)] = _counts.GetValueOrDefault((gold, predicted)) + 1;

    public int Total => _counts.Values.Sum();

    /// <summary>The same predictions with classes merged: how the report reads to a user of coarser labels.</summary>
    public ClassificationReport Mapped(Func<string, string> map)
    {
        var mapped = new ClassificationReport();
        foreach (var ((gold, predicted), count) in _counts)
            mapped._counts[(map(gold), map(predicted))] = mapped.Count(map(gold), map(predicted)) + count;
        return mapped;
    }

    public double Accuracy => Total == 0 ? 0 : (double)_counts.Where(c => c.Key.Gold == c.Key.Predicted).Sum(c => c.Value) / Total;

    public IReadOnlyList<string> Classes => _counts.Keys.SelectMany(k => new[] { k.Gold, k.Predicted }).Distinct().Order(StringComparer.Ordinal).ToList();

    public int Count(string gold, string predicted) => _counts.GetValueOrDefault((gold, predicted));

    public double Precision(string label)
    {
        var predicted = _counts.Where(c => c.Key.Predicted == label).Sum(c => c.Value);
        return predicted == 0 ? 0 : (double)Count(label, label) / predicted;
    }

    public double Recall(string label)
    {
        var gold = _counts.Where(c => c.Key.Gold == label).Sum(c => c.Value);
        return gold == 0 ? 0 : (double)Count(label, label) / gold;
    }

    public int Support(string label) => _counts.Where(c => c.Key.Gold == label).Sum(c => c.Value);

    public void Print(TextWriter output, string title)
    {
        output.WriteLine($"{title}: accuracy {F(Accuracy)} over {Total} examples");
        output.WriteLine($"  {"class",-20} {"precision",9} {"recall",7} {"support",8}");
        foreach (var label in Classes)
            output.WriteLine($"  {label,-20} {F(Precision(label)),9} {F(Recall(label)),7} {Support(label),8}");
        var classes = Classes;
        output.WriteLine("  confusion (rows gold, columns predicted):");
        output.WriteLine("  " + new string(' ', 20) + string.Concat(classes.Select((_, i) => $"{i,6}")));
        for (var r = 0; r < classes.Count; r++)
            output.WriteLine($"  {r,2} {classes[r],-17}" + string.Concat(classes.Select(p => $"{Count(classes[r], p),6}")));
    }

    /// <summary>The figures as plain values, for the manifest.</summary>
    public object Summary() => new
    {
        accuracy = Math.Round(Accuracy, 4),
        examples = Total,
        classes = Classes.ToDictionary(c => c, c => new { precision = Math.Round(Precision(c), 4), recall = Math.Round(Recall(c), 4), support = Support(c) }),
        confusion = Classes.ToDictionary(g => g, g => Classes.Where(p => Count(g, p) > 0).ToDictionary(p => p, p => Count(g, p))),
    };

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
