using Extraction.Pipeline;

namespace Extraction.Benchmarks;

/// <summary>
/// Issue 2: letters per second through the whole pipeline on one core, for text letters and for
/// text-layer PDFs, beside a baseline measured in the same run (reading the file and normalising
/// it to NFC, the least any extractor must do). The headline figure is the steady state after the
/// JIT has tiered up (a long batch); the first two seconds of a fresh process are reported beside it.
/// </summary>
public sealed class ExtractionThroughputBenchmark : IBenchmark
{
    public string Name => "extraction";

    public Task<BenchmarkReport> RunAsync(BenchmarkOptions options)
    {
        var report = new BenchmarkReport(Name, "letters per second through the pipeline, one thread");
        var letters = Path.Combine(options.CorpusDirectory, "letters");
        var pipeline = new LetterPipeline();
        MeasureKind(report, pipeline, "text", Directory.GetFiles(letters, "*.txt"));
        var textLayerPdfs = Directory.GetFiles(letters, "*.pdf").Where(f => !Path.GetFileName(f).Contains("-scan")).ToArray();
        MeasureKind(report, pipeline, "text-layer PDF", textLayerPdfs);
        return Task.FromResult(report);
    }

    private static void MeasureKind(BenchmarkReport report, LetterPipeline pipeline, string kind, string[] files)
    {
        var failed = files.Select(f => pipeline.Process(f)).Where(o => !o.Succeeded).ToList();
        foreach (var f in failed) report.Notes.Add($"{kind}: {Path.GetFileName(f.Path)} failed ({f.Failure!.Code}); left out of the figures");
        var good = files.Where(f => failed.All(o => o.Path != f)).ToArray();
        if (good.Length == 0) return;
        void ProcessAll() { foreach (var f in good) _ = pipeline.Process(f); }
        var cold = Measure.RunsPerSecond(ProcessAll) * good.Length;
        var steady = Measure.SteadyRunsPerSecond(ProcessAll);
        var full = steady.RunsPerSecond * good.Length;
        var baseline = Measure.SteadyRunsPerSecond(() => { foreach (var f in good) _ = File.ReadAllText(f).Normalize(); }).RunsPerSecond * good.Length;
        report.Add($"{kind}: letters/s, whole pipeline, steady ({good.Length} letters)", full, "letters/s");
        report.Add($"{kind}: letters/s, whole pipeline, first 2 s of the process", cold, "letters/s");
        report.Add($"{kind}: seconds of warm-up before the steady figure", steady.WarmUpSeconds, "s");
        report.Add($"{kind}: letters/s, baseline read + NFC only", baseline, "letters/s");
        report.Add($"{kind}: pipeline time / baseline time", baseline / full, "x");
    }
}
