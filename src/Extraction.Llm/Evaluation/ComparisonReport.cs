using System.Text.Json.Nodes;

namespace Extraction.Llm.Evaluation;

/// <summary>The side-by-side table of <see cref="ModelComparison"/>: the field figures of each way of
/// producing records, the score, and the cost per letter.</summary>
public static class ComparisonReport
{
    public static void Print(TextWriter output, IReadOnlyList<ConfigurationResult> results)
    {
        output.WriteLine($"{"field",-22} {"measure",-9}" + string.Concat(results.Select(r => $" {r.Name,13}")));
        foreach (var field in results[0].Report.Fields)
            output.WriteLine($"{field.Field,-22} {field.Measure,-9}" + string.Concat(results.Select(r => $" {r.Report[field.Field].Value,13:0.000}")));
        Row(output, "score", results, r => r.Report.Score.ToString("0.0000"));
        Row(output, "strict scalar score", results, r => r.Report.StrictScalarScore.ToString("0.0000"));
        Row(output, "letters", results, r => r.Letters.ToString());
        Row(output, "ms per letter", results, r => r.MillisecondsPerLetter.ToString("0"));
        Row(output, "requests sent", results, r => Model(r, u => u.Requests.ToString()));
        Row(output, "answers from cache", results, r => Model(r, u => u.CachedAnswers.ToString()));
        Row(output, "input tokens/letter", results, r => Model(r, u => (u.InputTokens / (double)Math.Max(1, r.Letters)).ToString("0")));
        Row(output, "output tokens/letter", results, r => Model(r, u => (u.OutputTokens / (double)Math.Max(1, r.Letters)).ToString("0")));
        Row(output, "changes applied", results, r => r.Name == ModelComparison.RulesAndVerify ? r.ChangesApplied.ToString() : "-");
        Row(output, "not asked", results, r => Count(r, LlmStatus.NotAsked));
        Row(output, "kept local record", results, r => Count(r, LlmStatus.Unusable, LlmStatus.Unreachable, LlmStatus.Skipped));
        output.WriteLine("Scores are score.py's (mean of 18 field figures); time includes reading each letter; tokens are the endpoint's counts, 0 for cached answers.");
    }

    /// <summary>Each configuration's score.py JSON report, by name.</summary>
    public static string ToJson(IReadOnlyList<ConfigurationResult> results)
    {
        var json = new JsonObject();
        foreach (var r in results)
        {
            var report = JsonNode.Parse(r.Report.ToJson())!.AsObject();
            report["msPerLetter"] = Math.Round(r.MillisecondsPerLetter, 1);
            report["requests"] = r.Usage.Requests;
            report["cachedAnswers"] = r.Usage.CachedAnswers;
            report["inputTokens"] = r.Usage.InputTokens;
            report["outputTokens"] = r.Usage.OutputTokens;
            json[r.Name] = report;
        }
        return json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static void Row(TextWriter output, string label, IReadOnlyList<ConfigurationResult> results, Func<ConfigurationResult, string> value) =>
        output.WriteLine($"{label,-32}" + string.Concat(results.Select(r => $" {value(r),13}")));

    private static string Model(ConfigurationResult r, Func<LlmUsage, string> value) => r.Name == ModelComparison.Rules ? "-" : value(r.Usage);

    private static string Count(ConfigurationResult r, params LlmStatus[] statuses) =>
        r.Name == ModelComparison.Rules ? "-" : statuses.Sum(s => r.Statuses.GetValueOrDefault(s)).ToString();
}
