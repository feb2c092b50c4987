using System.Diagnostics;
using System.Text.Json;
using Extraction.Evaluation;

namespace Extraction.Tests.Evaluation;

/// <summary>`eval` must give the figures of the independent scorer, shared/tools/score.py.</summary>
[Collection(CorpusCollection.Name)]
public sealed class ScorerAgreementTests(CorpusRun corpus)
{
    [Fact]
    public void Same_figures_as_score_py_on_the_corpus_records()
    {
        // The shared scorer when this checkout sits beside ../shared, else the copy kept in tools/.
        var shared = Path.Combine(TestCorpus.Root, "..", "shared", "tools", "score.py");
        var scorePy = File.Exists(shared) ? shared : Path.Combine(TestCorpus.Root, "tools", "score.py");
        var pythonJson = Path.Combine(corpus.Output.FullName, "..", $"score-{Guid.NewGuid():N}.json");
        var python = Process.Start(new ProcessStartInfo("python3", [scorePy, "--gold", TestCorpus.Gold, "--pred", corpus.Output.FullName, "--json", pythonJson])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        python.StandardOutput.ReadToEnd();
        python.WaitForExit();
        Assert.Equal(0, python.ExitCode);

        var ours = JsonDocument.Parse(Scorer.Score(ScoreFiles.LoadGold(TestCorpus.Gold), ScoreFiles.LoadPredictions(corpus.Output.FullName)).ToJson()).RootElement;
        var theirs = JsonDocument.Parse(File.ReadAllText(pythonJson)).RootElement;
        File.Delete(pythonJson);
        AssertSameNumbers(theirs, ours, "");
    }

    private static void AssertSameNumbers(JsonElement expected, JsonElement actual, string path)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in expected.EnumerateObject())
                {
                    Assert.True(actual.TryGetProperty(property.Name, out var value), $"missing {path}.{property.Name}");
                    AssertSameNumbers(property.Value, value, path + "." + property.Name);
                }
                break;
            case JsonValueKind.Array:
                Assert.Equal(expected.GetArrayLength(), actual.GetArrayLength());
                foreach (var (e, a) in expected.EnumerateArray().Zip(actual.EnumerateArray())) AssertSameNumbers(e, a, path + "[]");
                break;
            case JsonValueKind.Number:
                Assert.True(expected.GetDouble() == actual.GetDouble(), $"{path}: score.py {expected.GetDouble()} eval {actual.GetDouble()}");
                break;
            default:
                Assert.Equal(expected.ToString(), actual.ToString());
                break;
        }
    }
}
