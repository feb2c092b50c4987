using System.Text.Json;
using System.Text.Json.Nodes;

namespace Extraction.Evaluation;

public sealed record ScoreMiss(string Id, string Field, string Gold, string Predicted);

/// <summary>One field's figure: accuracy (folded, with strict beside it) or precision/recall/F1.</summary>
public sealed record FieldScore(string Field, string Measure, double Value, double? Strict = null, double? Precision = null, double? Recall = null);

public sealed class ScoreReport
{
    public required int Documents { get; init; }
    public required IReadOnlyList<string> Missing { get; init; }
    public required IReadOnlyList<FieldScore> Fields { get; init; }
    public required double Score { get; init; }
    public required double StrictScalarScore { get; init; }
    public required IReadOnlyList<ScoreMiss> Misses { get; init; }

    public FieldScore this[string field] => Fields.First(f => f.Field == field);

    /// <summary>The same table score.py prints.</summary>
    public void Print(TextWriter output, bool verbose)
    {
        output.WriteLine($"{"field",-22} {"measure",-9} {"folded",7} {"strict",7}");
        foreach (var f in Fields)
            output.WriteLine($"{f.Field,-22} {f.Measure,-9} {f.Value,7:0.000} {(f.Strict is { } s ? s.ToString("0.000").PadLeft(7) : ""),7}");
        if (Missing.Count > 0)
            output.WriteLine($"missing records: {Missing.Count}: {string.Join(", ", Missing.Take(10))}{(Missing.Count > 10 ? " ..." : "")}");
        if (verbose)
            foreach (var m in Misses) output.WriteLine($"  {m.Id}: {m.Field}: gold={m.Gold} pred={m.Predicted}");
        output.WriteLine($"score {Score:0.0000} (mean of 18 field figures over {Documents} letters; strict scalar {StrictScalarScore:0.0000})");
    }

    /// <summary>The JSON report score.py writes with --json, rounded the same way.</summary>
    public string ToJson()
    {
        var fields = new JsonObject();
        foreach (var f in Fields)
        {
            fields[f.Field] = f switch
            {
                { Strict: { } strict } => new JsonObject { ["accuracy"] = Round(f.Value), ["strictAccuracy"] = Round(strict) },
                { Precision: { } p, Recall: { } r } => new JsonObject { ["precision"] = Round(p), ["recall"] = Round(r), ["f1"] = Round(f.Value) },
                _ => new JsonObject { ["accuracy"] = Round(f.Value) },
            };
        }
        var report = new JsonObject
        {
            ["documents"] = Documents,
            ["missing"] = new JsonArray(Missing.Select(m => (JsonNode)JsonValue.Create(m)!).ToArray()),
            ["fields"] = fields,
            ["score"] = Round(Score),
            ["strictScalarScore"] = Round(StrictScalarScore),
        };
        return report.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.ToEven);
}

/// <summary>The running tallies of one scoring pass.</summary>
internal sealed class ScoringRun
{
    private readonly Dictionary<string, (int Folded, int Strict, int N)> _scalars = [];
    private readonly Dictionary<string, Tally> _tallies = [];
    public List<string> Missing { get; } = [];
    public List<ScoreMiss> Misses { get; } = [];
    public List<bool> ReferenceDates { get; } = [];
    public List<bool> DeadlineAttribution { get; } = [];

    public void AddScalar(string field, bool folded, bool strict)
    {
        var (f, s, n) = _scalars.GetValueOrDefault(field);
        _scalars[field] = (f + (folded ? 1 : 0), s + (strict ? 1 : 0), n + 1);
    }

    public Tally TallyOf(string field) => _tallies.TryGetValue(field, out var t) ? t : _tallies[field] = new Tally();

    public ScoreReport Report(int documents, IReadOnlyList<string> scalars, IReadOnlyList<string> lists)
    {
        var fields = new List<FieldScore>();
        foreach (var field in scalars)
        {
            var (f, s, n) = _scalars.GetValueOrDefault(field);
            fields.Add(new FieldScore(field, "accuracy", n == 0 ? 0 : (double)f / n, n == 0 ? 0 : (double)s / n));
        }
        foreach (var field in lists.Concat(["references", "tasks", "targets", "targets.valueOnly", "deadlines"]))
        {
            var (p, r, f1) = TallyOf(field).Prf();
            fields.Add(new FieldScore(field, "F1", f1, Precision: p, Recall: r));
        }
        fields.Add(new FieldScore("references.date", "accuracy", Ratio(ReferenceDates)));
        fields.Add(new FieldScore("deadlines.assignee", "accuracy", Ratio(DeadlineAttribution)));

        var headline = scalars.Concat(lists).Concat(["references", "tasks", "targets", "deadlines"]).ToList();
        var rounded = headline.Select(h => Math.Round(fields.First(x => x.Field == h).Value, 4, MidpointRounding.ToEven)).ToList();
        var strict = scalars.Select(h => Math.Round(fields.First(x => x.Field == h).Strict!.Value, 4, MidpointRounding.ToEven)).ToList();
        return new ScoreReport
        {
            Documents = documents,
            Missing = Missing,
            Fields = fields,
            Score = rounded.Average(),
            StrictScalarScore = strict.Average(),
            Misses = Misses,
        };
    }

    private static double Ratio(List<bool> outcomes) => outcomes.Count == 0 ? 1.0 : (double)outcomes.Count(x => x) / outcomes.Count;
}
