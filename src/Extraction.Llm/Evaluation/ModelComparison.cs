using System.Collections.Concurrent;
using System.Text.Json;
using Extraction.Evaluation;
using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Llm.Evaluation;

/// <summary>One way of producing records, over the whole corpus: its score and what it cost.</summary>
public sealed record ConfigurationResult(string Name, ScoreReport Report, int Letters, TimeSpan Time, LlmUsage Usage, int ChangesApplied,
    IReadOnlyDictionary<LlmStatus, int> Statuses)
{
    public double MillisecondsPerLetter => Letters == 0 ? 0 : Time.TotalMilliseconds / Letters;
}

/// <summary>
/// <c>eval --llm</c>: every letter is read and extracted locally once, then verified and extracted by the
/// model; the three sets of records are scored against the gold with the figures of score.py, side by
/// side, with the time and tokens each took per letter.
/// </summary>
public static class ModelComparison
{
    public const string Rules = "rules";
    public const string RulesAndVerify = "rules+verify";
    public const string ModelExtract = "llm-extract";

    public static IReadOnlyList<ConfigurationResult> Run(IReadOnlyList<string> files, ILetterProcessor local, LlmAssistant assistant,
        IReadOnlyList<JsonElement> gold, int parallelism)
    {
        var letters = new ConcurrentBag<(LetterOutcome Local, LlmResult Verify, LlmResult Extract)>();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, file =>
        {
            var outcome = local.Process(file);
            if (outcome is not { Record: { } record, Letter: { } letter }) return;
            var verify = assistant.RunAsync(LlmMode.Verify, record, letter).GetAwaiter().GetResult();
            var extract = assistant.RunAsync(LlmMode.Extract, record, letter).GetAwaiter().GetResult();
            letters.Add((outcome, verify, extract));
        });
        var done = letters.ToList();
        return
        [
            Score(Rules, gold, done.Select(l => (l.Local.Record!, l.Local.Elapsed, (LlmResult?)null))),
            Score(RulesAndVerify, gold, done.Select(l => (l.Verify.Record, l.Local.Elapsed + l.Verify.Elapsed, (LlmResult?)l.Verify))),
            Score(ModelExtract, gold, done.Select(l => (l.Extract.Record, l.Local.Elapsed + l.Extract.Elapsed, (LlmResult?)l.Extract))),
        ];
    }

    private static ConfigurationResult Score(string name, IReadOnlyList<JsonElement> gold, IEnumerable<(LetterRecord Record, TimeSpan Time, LlmResult? Model)> letters)
    {
        var list = letters.ToList();
        var predictions = list.ToDictionary(l => l.Record.Id, l => JsonDocument.Parse(RecordJson.Serialize(l.Record, indented: false)).RootElement);
        var models = list.Select(l => l.Model).OfType<LlmResult>().ToList();
        return new ConfigurationResult(name, Scorer.Score(gold, predictions), list.Count,
            TimeSpan.FromTicks(list.Sum(l => l.Time.Ticks)),
            models.Aggregate(default(LlmUsage), (sum, m) => sum + m.Usage),
            models.Sum(m => m.ChangesApplied),
            models.GroupBy(m => m.Status).ToDictionary(g => g.Key, g => g.Count()));
    }
}
