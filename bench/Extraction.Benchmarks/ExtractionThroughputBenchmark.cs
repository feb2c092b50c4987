using Extraction.Pipeline;

namespace Extraction.Benchmarks;

/// <summary>
/// Issue 2: letters per second through the whole pipeline on one core, for text letters and for
/// text-layer PDFs, beside a baseline measured in the same run (reading the file and normalising
/// it to NFC, the least any extractor must do).
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
        var baseline = Measure.RunsPerSecond(() => { foreach (var f in good) _ = File.ReadAllText(f).Normalize(); }) * good.Length;
        var full = Measure.RunsPerSecond(() => { foreach (var f in good) _ = pipeline.Process(f); }) * good.Length;
        report.Add($"{kind}: letters/s, whole pipeline ({good.Length} letters)", full, "letters/s");
        report.Add($"{kind}: letters/s, baseline read + NFC only", baseline, "letters/s");
        report.Add($"{kind}: pipeline time / baseline time", baseline / full, "x");
    }
}
