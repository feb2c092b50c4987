using System.Diagnostics;
using Extraction.Learning.Features;
using Extraction.Learning.Models;
using Extraction.Learning.Segmentation;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Benchmarks;

/// <summary>
/// Issue 7: the learned models as shipped in models/: their size on disk, how long loading them
/// takes (the first load in the process, which pays for ML.NET's start), and how long the line
/// classifier takes over a letter's lines, beside the rule segmenter on the same letters in the
/// same run. The letters are the corpus letters with a text layer, read once before timing.
/// </summary>
public sealed class ModelBenchmark : IBenchmark
{
    public string Name => "models";

    public Task<BenchmarkReport> RunAsync(BenchmarkOptions options)
    {
        var report = new BenchmarkReport(Name, "learned models: size, load time, line classification per letter");
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.CorpusDirectory))!, "models");
        report.Add("model files, together", Directory.GetFiles(folder, "*.zip").Sum(f => new FileInfo(f).Length) / (1024.0 * 1024.0), "MB");

        var watch = Stopwatch.StartNew();
        var models = ModelSet.Load(folder, out var missing) ?? throw new InvalidOperationException($"{missing} is missing; run train first");
        report.Add("first load (ML.NET start included)", watch.Elapsed.TotalMilliseconds, "ms");
        watch.Restart();
        _ = ModelSet.Load(folder, out _);
        report.Add("second load", watch.Elapsed.TotalMilliseconds, "ms");

        var reader = new LetterReader(new LetterReaderOptions());
        var letters = Directory.GetFiles(Path.Combine(options.CorpusDirectory, "letters"))
            .Where(f => !Path.GetFileName(f).Contains("-scan"))
            .Select(f => TextNormalizer.Instance.Normalize(reader.Read(f)))
            .ToList();
        var split = letters.Select(l => RuleSegmenter.Instance.Segment(l)).ToList();
        var lines = split.Sum(l => l.Lines.Count);
        var segmenter = new ModelSegmenter(models.LineZones, RuleSegmenter.Instance);
        foreach (var letter in letters) segmenter.Segment(letter);
        foreach (var letter in split) models.LineZones.Classify(letter);

        var rules = Best(() => { foreach (var l in letters) RuleSegmenter.Instance.Segment(l); }) * letters.Count;
        var featuresOnly = Best(() => { foreach (var l in split) LineFeatures.Of(l); }) * letters.Count;
        var classify = Best(() => { foreach (var l in split) models.LineZones.Classify(l); }) * letters.Count;
        var combined = Best(() => { foreach (var l in letters) segmenter.Segment(l); }) * letters.Count;
        report.Add($"letters ({letters.Count}), lines per letter", (double)lines / letters.Count, "lines");
        report.Add("rule segmenter, per letter (baseline)", 1000 / rules, "ms");
        report.Add("line features only, per letter", 1000 / featuresOnly, "ms");
        report.Add("line classifier (features + model, given the rules' zones), per letter", 1000 / classify, "ms");
        report.Add("line classifier, per line", 1_000_000 / classify / ((double)lines / letters.Count), "µs");
        report.Add("line classifier time / rule segmenter time", rules / classify, "x");
        report.Add("model segmenter (rules, and the model where they conflict), per letter", 1000 / combined, "ms");
        report.Notes.Add("each time is the best of three 1.5 s runs after a 1 s warm-up: the machine is shared");
        report.Notes.Add("the model segmenter runs the classifier only on letters whose rules conflict, so its time is close to the rules'");
        return Task.FromResult(report);
    }

    private static double Best(Action action)
    {
        Measure.RunsPerSecond(action, minSeconds: 1);
        return Enumerable.Range(0, 3).Max(_ => Measure.RunsPerSecond(action, minSeconds: 1.5));
    }
}
