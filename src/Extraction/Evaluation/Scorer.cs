using System.Text.Json;
using static Extraction.Evaluation.JsonValues;

namespace Extraction.Evaluation;

/// <summary>
/// Scores records against gold records with the rules and figures of shared/tools/score.py: field
/// accuracy for scalars (folded and strict), greedy-matched F1 for lists, references by code,
/// tasks by assignee, targets by (kind, comparator, value) then metric, deadlines by date then
/// assignee. A test holds the two scorers to the same figures.
/// </summary>
public static class Scorer
{
    private static readonly (string Field, string[] Names)[] Scalars =
    [
        ("documentType", ["documentType", "type"]), ("urgency", ["urgency"]), ("number", ["number", "documentNumber.number"]),
        ("notation", ["notation", "documentNumber.notation"]), ("issuer", ["issuer.name", "issuer"]),
        ("issuerParent", ["issuer.parent", "issuerParent"]), ("place", ["place", "issuedPlace"]), ("issuedDate", ["issuedDate", "date"]),
        ("subject", ["subject"]), ("signer.name", ["signer.name"]), ("signer.position", ["signer.position"]),
    ];

    private static readonly string[] Lists = ["recipients", "ccRecipients", "distribution"];

    public static ScoreReport Score(IReadOnlyList<JsonElement> golds, IReadOnlyDictionary<string, JsonElement> predictions)
    {
        var run = new ScoringRun();
        foreach (var gold in golds)
        {
            var id = Str(gold, "id") ?? "";
            var prediction = Find(predictions, gold);
            if (prediction is null) run.Missing.Add(id);
            var p = prediction ?? JsonDocument.Parse("{}").RootElement;
            ScoreScalars(run, id, gold, p);
            ScoreLists(run, id, gold, p);
            ScoreReferences(run, id, gold, p);
            ScoreTasks(run, id, gold, p);
            ScoreTargets(run, id, gold, p);
            ScoreDeadlines(run, id, gold, p);
        }
        return run.Report(golds.Count, Scalars.Select(s => s.Field).ToList(), Lists);
    }

    private static JsonElement? Find(IReadOnlyDictionary<string, JsonElement> predictions, JsonElement gold)
    {
        if (predictions.TryGetValue(Str(gold, "id") ?? "", out var p)) return p;
        var stem = Path.GetFileNameWithoutExtension(Str(gold, "input") ?? "");
        return predictions.TryGetValue(stem, out var q) ? q : null;
    }

    private static void ScoreScalars(ScoringRun run, string id, JsonElement gold, JsonElement p)
    {
        foreach (var (field, names) in Scalars)
        {
            string? g;
            if (field.StartsWith("signer.", StringComparison.Ordinal))
                g = Pick(gold, "signer") is { ValueKind: JsonValueKind.Object } signer ? Str(signer, field["signer.".Length..]) : null;
            else g = AsText(Pick(gold, field));
            var pv = AsText(Pick(p, names));
            var folded = ScalarEqual(field, g, pv, folded: true);
            run.AddScalar(field, folded, ScalarEqual(field, g, pv, folded: false));
            if (!folded) run.Misses.Add(new ScoreMiss(id, field, g ?? "null", pv ?? "null"));
        }
    }

    private static bool ScalarEqual(string field, string? g, string? p, bool folded) => field switch
    {
        "issuedDate" => ScoreText.DateKey(g) == ScoreText.DateKey(p),
        "number" => (g?.Trim() ?? "") == (string.IsNullOrEmpty(p) ? "" : p.Trim()),
        "notation" => folded ? ScoreText.CodeKey(g) == ScoreText.CodeKey(p)
            : ScoreText.Normalize(g, false).ToUpperInvariant().Replace(" ", "") == ScoreText.Normalize(p, false).ToUpperInvariant().Replace(" ", ""),
        _ => ScoreText.Normalize(g, folded) == ScoreText.Normalize(p, folded),
    };

    private static void ScoreLists(ScoringRun run, string id, JsonElement gold, JsonElement p)
    {
        foreach (var field in Lists)
        {
            var g = AsList(Pick(gold, field));
            var pl = AsList(Pick(p, field));
            var matched = Tally.GreedyMatch(g, pl, (x, y) => ScoreText.Similarity(x, y), 0.8);
            run.TallyOf(field).Add(matched.Count, g.Count, pl.Count);
            if (matched.Count < Math.Max(g.Count, pl.Count))
                run.Misses.Add(new ScoreMiss(id, field, string.Join(" | ", g), string.Join(" | ", pl)));
        }
    }

    private static void ScoreReferences(ScoringRun run, string id, JsonElement gold, JsonElement p)
    {
        var g = Objects(Pick(gold, "references"));
        var pr = Objects(Pick(p, "references"));
        var gCodes = g.Select(x => ScoreText.CodeKey(Str(x, "code"))).ToList();
        var pCodes = pr.Select(x => ScoreText.CodeKey(Str(x, "code") ?? (Str(x, "number") ?? "") + (Str(x, "notation") is { } n ? "/" + n : ""))).ToList();
        var matched = Tally.GreedyMatch(gCodes, pCodes, (x, y) => x == y && x.Length > 0 ? 1.0 : 0.0, 1.0);
        run.TallyOf("references").Add(matched.Count, g.Count, pCodes.Count);
        foreach (var (gi, pi, _) in matched)
        {
            if (Str(g[gi], "date") is not { } date) continue;
            run.ReferenceDates.Add(ScoreText.DateKey(date) == ScoreText.DateKey(Str(pr[pi], "date")));
        }
        if (matched.Count < Math.Max(g.Count, pCodes.Count))
        {
            var missed = g.Where((_, i) => matched.All(m => m.Gold != i)).Select(x => Str(x, "code"));
            var extra = pr.Where((_, i) => matched.All(m => m.Predicted != i)).Select(x => Str(x, "code"));
            run.Misses.Add(new ScoreMiss(id, "references", string.Join(" | ", missed), string.Join(" | ", extra)));
        }
    }

    private static void ScoreTasks(ScoringRun run, string id, JsonElement gold, JsonElement p)
    {
        var g = Objects(Pick(gold, "tasks")).Select(x => Str(x, "assignee")).ToList();
        var pt = Objects(Pick(p, "tasks")).Select(x => AsText(Pick(x, "assignee") is { ValueKind: not JsonValueKind.Null } a && AsText(a) is { Length: > 0 } ? a : Pick(x, "assignees")) ?? "").ToList();
        var matched = Tally.GreedyMatch(g, pt, (x, y) => ScoreText.Similarity(x, y), 0.7);
        run.TallyOf("tasks").Add(matched.Count, g.Count, pt.Count);
        if (matched.Count < Math.Max(g.Count, pt.Count))
            run.Misses.Add(new ScoreMiss(id, "tasks", string.Join(" | ", g), string.Join(" | ", pt)));
    }

    private static (string, string, double?) TargetKey(JsonElement x) =>
        (Str(x, "kind") is { Length: > 0 } k ? k : "level", Str(x, "comparator") is { Length: > 0 } c ? c : "=", Number(x, "value"));

    private static void ScoreTargets(ScoringRun run, string id, JsonElement gold, JsonElement p)
    {
        var g = Objects(Pick(gold, "targets"));
        var pt = Objects(Pick(p, "targets"));
        var matched = Tally.GreedyMatch(g, pt, (x, y) => TargetKey(x) != TargetKey(y) ? 0.0
            : 1.0 + ScoreText.Similarity(Str(x, "metric") ?? "", Str(y, "metric") is { Length: > 0 } m ? m : Str(y, "text") ?? ""), 1.0);
        run.TallyOf("targets").Add(matched.Count, g.Count, pt.Count);
        var valueOnly = Tally.GreedyMatch(g, pt, (x, y) => TargetKey(x).Item3 == TargetKey(y).Item3 ? 1.0 : 0.0, 1.0);
        run.TallyOf("targets.valueOnly").Add(valueOnly.Count, g.Count, pt.Count);
        if (matched.Count < Math.Max(g.Count, pt.Count))
            run.Misses.Add(new ScoreMiss(id, "targets", string.Join(" | ", g.Select(TargetKey)), string.Join(" | ", pt.Select(TargetKey))));
    }

    private static void ScoreDeadlines(ScoringRun run, string id, JsonElement gold, JsonElement p)
    {
        var g = Objects(Pick(gold, "deadlines"));
        var pd = Objects(Pick(p, "deadlines"));
        var matched = Tally.GreedyMatch(g, pd, (x, y) => ScoreText.DateKey(Str(x, "date")) != ScoreText.DateKey(Str(y, "date")) ? 0.0
            : 1.0 + ScoreText.Similarity(Str(x, "assignee") ?? "", AsText(Pick(y, "assignee") is { ValueKind: not JsonValueKind.Null } a && AsText(a) is { Length: > 0 } ? a : Pick(y, "assignees")) ?? ""), 1.0);
        run.TallyOf("deadlines").Add(matched.Count, g.Count, pd.Count);
        foreach (var (_, _, s) in matched) run.DeadlineAttribution.Add(s - 1.0 >= 0.7);
        if (matched.Count < Math.Max(g.Count, pd.Count))
            run.Misses.Add(new ScoreMiss(id, "deadlines", string.Join(" | ", g.Select(x => Str(x, "date"))), string.Join(" | ", pd.Select(x => Str(x, "date")))));
    }
}
