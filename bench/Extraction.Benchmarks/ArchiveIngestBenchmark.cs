using System.Diagnostics;
using Extraction.Archive;
using Extraction.Archive.Processing;
using Extraction.Pipeline;

namespace Extraction.Benchmarks;

/// <summary>
/// Issue 6: letters per second and peak memory of an archive ingest of 10,000 distinct letters (four in five
/// text, one in five a text-layer PDF, made from the corpus with new numbers and dates), beside a baseline
/// measured in the same run: the bare pipeline on the same letters and cores, no archive. The in-process
/// ingest shows what keeping and recording costs, the worker ingest what isolating each file costs, and
/// memory is compared between a 1,000 and a 10,000 letter batch to show that it does not grow with the batch.
/// </summary>
public sealed class ArchiveIngestBenchmark : IBenchmark
{
    private const int Small = 1_000;
    private const int Large = 10_000;
    private const int PdfEvery = 5;

    public string Name => "archive";

    public Task<BenchmarkReport> RunAsync(BenchmarkOptions options)
    {
        var report = new BenchmarkReport(Name, $"archive ingest of {Small:N0} and {Large:N0} letters: letters/s and peak memory");
        report.Notes.Add($"load average at the start: {File.ReadAllText("/proc/loadavg").Trim()} (the cores are shared: read the figures against it)");
        var letters = Path.Combine(options.OutputDirectory, "archive-letters");
        var generation = Stopwatch.StartNew();
        LetterVariants.FromCorpus(Path.Combine(options.CorpusDirectory, "letters")).WriteAll(letters, Large, PdfEvery);
        report.Notes.Add($"{Large:N0} letters in {letters} ({Large / PdfEvery:N0} PDFs), made or found in {generation.Elapsed.TotalSeconds:0} s");
        var files = Directory.GetFiles(letters).Where(f => !f.EndsWith(".part")).Order(StringComparer.Ordinal).ToList();
        var workers = Environment.ProcessorCount;

        // The in-process figures share this process's JIT, so it is warmed first; workers start cold, as in use.
        Baseline(files.Take(Small).ToList(), workers);
        var baseline = Baseline(files, workers);
        report.Add($"baseline: pipeline alone, {workers} threads, {Large:N0} letters", baseline, "letters/s");

        var inProcess = Ingest(options, files, workers, isolated: false);
        var small = Ingest(options, files.Take(Small).ToList(), workers, isolated: true);
        var large = Ingest(options, files, workers, isolated: true);
        foreach (var (label, run) in new[] { ($"in-process, {Large:N0}", inProcess), ($"workers, {Small:N0}", small), ($"workers, {Large:N0}", large) })
        {
            report.Add($"archive ingest ({label}): letters/s", run.LettersPerSecond, "letters/s");
            report.Add($"archive ingest ({label}): letters/s after the first tenth", run.SteadyLettersPerSecond, "letters/s");
            report.Add($"archive ingest ({label}): letters done", run.Done, "letters");
            report.Add($"archive ingest ({label}): letters failed", run.Failed, "letters");
            report.Add($"archive ingest ({label}): peak memory of the ingesting process", run.PeakMb, "MB");
            if (run.WorkerPeakMb > 0) report.Add($"archive ingest ({label}): peak memory of one worker", run.WorkerPeakMb, "MB");
        }
        report.Add($"archive ingest in-process / baseline ({Large:N0}): the cost of keeping and recording", inProcess.LettersPerSecond / baseline, "x");
        report.Add($"archive ingest with workers / in-process ({Large:N0}): the cost of isolating each file", large.LettersPerSecond / inProcess.LettersPerSecond, "x");
        report.Add($"archive ingest with workers / baseline ({Large:N0})", large.LettersPerSecond / baseline, "x");
        report.Add($"peak memory, ingesting process: {Large:N0} / {Small:N0} letters", large.PeakMb / small.PeakMb, "x");
        report.Add($"peak memory, one worker: {Large:N0} / {Small:N0} letters", large.WorkerPeakMb / small.WorkerPeakMb, "x");
        report.Add($"managed heap after the batch: {Large:N0} / {Small:N0} letters", large.HeapMb / small.HeapMb, "x");
        report.Notes.Add($"load average at the end: {File.ReadAllText("/proc/loadavg").Trim()}");
        return Task.FromResult(report);
    }

    private sealed record IngestRun(double LettersPerSecond, double SteadyLettersPerSecond, int Done, int Failed, double PeakMb, double WorkerPeakMb, double HeapMb);

    private static double Baseline(List<string> files, int threads)
    {
        var pipeline = new LetterPipeline();
        var watch = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = threads }, file => pipeline.Process(file));
        return files.Count / watch.Elapsed.TotalSeconds;
    }

    private static IngestRun Ingest(BenchmarkOptions options, List<string> files, int workers, bool isolated)
    {
        var root = Path.Combine(options.OutputDirectory, $"archive-{files.Count}-{(isolated ? "workers" : "in-process")}");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var processors = new List<ChildProcessLetterProcessor>();
        var pipeline = new LetterPipeline();
        Func<ILetterProcessor> create = isolated
            ? () =>
            {
                var worker = new ChildProcessLetterProcessor(new WorkerCommand("dotnet", [Path.Combine(AppContext.BaseDirectory, "Extraction.Cli.dll"), "archive-worker"]), ProcessingLimits.Default);
                lock (processors) processors.Add(worker);
                return worker;
            }
            : () => new InProcessLetterProcessor(pipeline, ProcessingLimits.Default.Timeout);
        GC.Collect();
        PeakMemory.Reset();
        var processed = 0;
        var failed = 0;
        var tenth = TimeSpan.Zero;
        var watch = Stopwatch.StartNew();
        using (var archive = LetterArchive.Open(new ArchiveOptions { Root = root }))
        {
            var run = archive.StartProcessing(workers, create, new ProcessingEvents
            {
                LetterProcessed = letter =>
                {
                    if (!letter.Outcome.Succeeded) Interlocked.Increment(ref failed);
                    if (Interlocked.Increment(ref processed) == files.Count / 10) tenth = watch.Elapsed;
                },
            }, CancellationToken.None);
            archive.TakeIn(files, _ => { });
            run.FinishWhenIdle();
            run.Completion.Wait();
        }
        var seconds = watch.Elapsed.TotalSeconds;
        var peak = PeakMemory.Megabytes();
        var heap = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0);
        var workerPeak = processors.Count == 0 ? 0 : processors.Max(p => p.PeakMemoryBytes) / (1024.0 * 1024.0);
        var steady = (files.Count - files.Count / 10) / (seconds - tenth.TotalSeconds);
        return new IngestRun(processed / seconds, steady, processed - failed, failed, peak, workerPeak, heap);
    }

    /// <summary>The process's peak resident memory since the last reset (Linux: VmHWM, reset through clear_refs),
    /// so each batch is measured on its own and not against the letters made before it.</summary>
    private static class PeakMemory
    {
        public static void Reset() => File.WriteAllText("/proc/self/clear_refs", "5");

        public static double Megabytes()
        {
            var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
        }
    }
}
