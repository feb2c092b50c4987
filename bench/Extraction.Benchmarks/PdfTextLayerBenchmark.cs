using System.Diagnostics;
using Extraction.Reading.Pdf;

namespace Extraction.Benchmarks;

/// <summary>
/// PdfPig (through the project's PDF reader: words, column layout, stamps, signatures) against
/// poppler's `pdftotext -layout` on the same text-layer letters, measured in the same run.
/// </summary>
public sealed class PdfTextLayerBenchmark : IBenchmark
{
    public string Name => "pdf-text-layer";

    public Task<BenchmarkReport> RunAsync(BenchmarkOptions options)
    {
        var report = new BenchmarkReport(Name, "pages per second: PdfLetterReader (PdfPig) beside pdftotext -layout (poppler), same files, same run");
        var files = Directory.GetFiles(Path.Combine(options.CorpusDirectory, "letters"), "*.pdf")
            .Where(f => !Path.GetFileName(f).Contains("-scan")).Order().ToList();
        var reader = new PdfLetterReader(recognizer: null);
        var pages = files.Sum(f => reader.Read(f).Pages.Count);
        report.Add("text-layer PDF files", files.Count, "files");
        report.Add("pages per pass", pages, "pages");

        var pdfPig = Measure.RunsPerSecond(() => { foreach (var f in files) reader.Read(f); }, minSeconds: 5) * pages;
        report.Add("PdfPig reader", pdfPig, "pages/s");
        if (PopplerAvailable())
        {
            var poppler = Measure.RunsPerSecond(() => { foreach (var f in files) RunPdftotext(f); }, minSeconds: 5) * pages;
            report.Add("pdftotext -layout (process per file)", poppler, "pages/s");
            report.Add("PdfPig / pdftotext", pdfPig / poppler, "ratio");
        }
        else report.Notes.Add("pdftotext not found: install poppler-utils for the baseline.");
        report.Notes.Add("pdftotext runs as one process per file, as a pipeline would call it; its figure includes process start-up.");
        return Task.FromResult(report);
    }

    private static bool PopplerAvailable()
    {
        try { RunPdftotext("-v"); return true; }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }

    private static void RunPdftotext(string file)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (file == "-v") start.ArgumentList.Add("-v");
        else foreach (var a in new[] { "-layout", file, "-" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
    }
}
