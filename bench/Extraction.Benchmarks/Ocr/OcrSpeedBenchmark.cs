using System.Collections.Concurrent;
using System.Diagnostics;
using Extraction.Reading.Ocr;
using Extraction.ScanGenerator;

namespace Extraction.Benchmarks.Ocr;

/// <summary>
/// The same scanned pages through (a) the plain tesseract command one page at a time, (b) one
/// single-threaded tesseract process per core, (c) this pipeline (warm engines, one per core, pages
/// in parallel, from an image-only PDF); pages per second, peak resident memory and ratios.
/// </summary>
public sealed class OcrSpeedBenchmark : IBenchmark
{
    // Twelve pages, six per engine: with six the last page of one engine was a third of the run's
    // tail and successive runs differed by 15 %.
    private const int PageCount = 12;

    public string Name => "ocr-speed";

    public Task<BenchmarkReport> RunAsync(BenchmarkOptions options)
    {
        var report = new BenchmarkReport(Name, $"{PageCount} degraded 300-DPI pages: tesseract CLI vs this pipeline");
        using var recognizer = DefaultRecognizer.CreateOrNote(report);
        if (recognizer is null) return Task.FromResult(report);
        var folder = Directory.CreateTempSubdirectory("extraction-ocr-speed-").FullName;
        try
        {
            var images = WritePages(options.CorpusDirectory, folder);
            var pdf = Path.Combine(folder, "pages.pdf");
            // The pages four times over, so memory can also be sampled over twice and four times as many pages.
            ScanFiles.WritePdf(pdf, Enumerable.Repeat(images, 4).SelectMany(i => i).Select(p => (File.ReadAllBytes(p), true)));

            var (plainRate, plainMemory) = RunCli(images, processes: 1, threadLimit: null);
            var (limitedRate, limitedMemory) = RunCli(images, processes: Environment.ProcessorCount, threadLimit: "1");
            // One page per engine starts them all, as a running service has them.
            recognizer.RecognizePdf(pdf, [.. Enumerable.Range(1, Environment.ProcessorCount)], CancellationToken.None);
            var (pipelineRate, pipelineMemory) = RunPipeline(recognizer, pdf, PageCount);
            TesseractShortcuts.Use(false);
            var (withoutShortcutsRate, _) = RunPipeline(recognizer, pdf, PageCount);
            TesseractShortcuts.Use(true);
            var (_, doubleMemory) = RunPipeline(recognizer, pdf, 2 * PageCount);
            var (longRate, quadrupleMemory) = RunPipeline(recognizer, pdf, 4 * PageCount);
            using var fullResolution = new TesseractRecognizer(new OcrOptions { Steps = PreprocessingSteps.Default & ~PreprocessingSteps.Reduce });
            fullResolution.RecognizePdf(pdf, [.. Enumerable.Range(1, Environment.ProcessorCount)], CancellationToken.None);
            var (fullResolutionRate, _) = RunPipeline(fullResolution, pdf, PageCount);

            report.Add("(a) tesseract, default threads, one page at a time", plainRate, "pages/s");
            report.Add($"(b) OMP_THREAD_LIMIT=1 tesseract, {Environment.ProcessorCount} processes", limitedRate, "pages/s");
            report.Add("(c) pipeline, warm engines, one per core", pipelineRate, "pages/s");
            report.Add("(c) / (a)", pipelineRate / plainRate, "x");
            report.Add("(c) / (b)", pipelineRate / limitedRate, "x");
            report.Add("(c'') pipeline through libtesseract's own imports (no shortcuts)", withoutShortcutsRate, "pages/s");
            report.Add("(c) / (c'')", pipelineRate / withoutShortcutsRate, "x");
            report.Add($"(c') pipeline without reducing pages to {new OcrOptions().ReduceAboveResolution} DPI", fullResolutionRate, "pages/s");
            report.Add("(c) / (c')", pipelineRate / fullResolutionRate, "x");
            report.Add("(a) peak resident memory", plainMemory, "MB");
            report.Add("(b) peak resident memory, all processes", limitedMemory, "MB");
            report.Add($"(c) peak resident memory, {PageCount} pages", pipelineMemory, "MB");
            report.Add($"(c) peak resident memory, {2 * PageCount} pages", doubleMemory, "MB");
            report.Add($"(c) peak resident memory, {4 * PageCount} pages", quadrupleMemory, "MB");
            report.Add($"(c) memory {2 * PageCount} pages / {PageCount} pages", doubleMemory / pipelineMemory, "x");
            report.Add($"(c) memory {4 * PageCount} pages / {2 * PageCount} pages", quadrupleMemory / doubleMemory, "x");
            report.Add($"(c) pages/s on {4 * PageCount} pages", longRate, "pages/s");
            report.Notes.Add($"libtesseract shortcuts in (c): {(TesseractShortcuts.Installed.Count == 0 ? "none" : string.Join(", ", TesseractShortcuts.Installed))}.");
            report.Notes.Add("(c) memory is this whole benchmark process (runtime, PdfPig, engines) sampled from /proc while it runs.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        return Task.FromResult(report);
    }

    private static List<string> WritePages(string corpus, string folder)
    {
        var pages = new List<string>();
        foreach (var id in CorpusScans.ReportLetters)
        {
            using var letter = ScannedLetter.Make(File.ReadAllText(Path.Combine(corpus, "letters", id + ".txt")), ScanProfile.Degraded, seed: pages.Count);
            foreach (var page in letter.Pages.Take(PageCount - pages.Count))
            {
                var path = Path.Combine(folder, $"page-{pages.Count + 1}.jpg");
                File.WriteAllBytes(path, ScanFiles.Encode(page, ScanProfile.Degraded).Bytes);
                pages.Add(path);
            }
            if (pages.Count == PageCount) break;
        }
        if (pages.Count < PageCount) throw new InvalidOperationException($"The report letters give {pages.Count} pages, not {PageCount}.");
        return pages;
    }

    private static (double PagesPerSecond, double PeakMegabytes) RunCli(List<string> images, int processes, string? threadLimit)
    {
        var running = new ConcurrentDictionary<int, bool>();
        var queue = new ConcurrentQueue<string>(images);
        var watch = Stopwatch.StartNew();
        using (var sampler = new MemorySampler(() => running.Keys))
        {
            Parallel.For(0, processes, new ParallelOptions { MaxDegreeOfParallelism = processes }, _ =>
            {
                while (queue.TryDequeue(out var image))
                {
                    var start = new ProcessStartInfo("tesseract") { ArgumentList = { image, "stdout", "-l", "vie", "--psm", "3" }, RedirectStandardOutput = true, RedirectStandardError = true };
                    start.Environment.Remove("OMP_THREAD_LIMIT");
                    if (threadLimit is not null) start.Environment["OMP_THREAD_LIMIT"] = threadLimit;
                    using var process = Process.Start(start)!;
                    running[process.Id] = true;
                    var read = process.StandardOutput.ReadToEndAsync();
                    process.StandardError.ReadToEnd();
                    process.WaitForExit();
                    read.Wait();
                    running.TryRemove(process.Id, out bool _);
                }
            });
            watch.Stop();
            return (images.Count / watch.Elapsed.TotalSeconds, sampler.PeakMegabytes);
        }
    }

    private static (double PagesPerSecond, double PeakMegabytes) RunPipeline(TesseractRecognizer recognizer, string pdf, int pages)
    {
        GC.Collect();
        var self = Environment.ProcessId;
        using var sampler = new MemorySampler(() => [self]);
        var watch = Stopwatch.StartNew();
        recognizer.RecognizePdf(pdf, [.. Enumerable.Range(1, pages)], CancellationToken.None);
        watch.Stop();
        return (pages / watch.Elapsed.TotalSeconds, sampler.PeakMegabytes);
    }
}
