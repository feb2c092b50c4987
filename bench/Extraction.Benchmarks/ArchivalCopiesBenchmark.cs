using System.Diagnostics;
using Extraction.Archival;
using Extraction.Benchmarks.Ocr;
using Extraction.Reading.Ocr;
using Extraction.Text;

namespace Extraction.Benchmarks;

/// <summary>
/// What the archival copies of a scan cost beside its recognition: every scanned letter of the corpus
/// is recognised (warm engines, one per core, as the pipeline runs), then its searchable PDF and ALTO
/// are made from those words and its original (one thread). Time per page of each, and their ratio;
/// then libtesseract's own renderers on the JPEG pages, which need their own recognition of each page.
/// </summary>
public sealed class ArchivalCopiesBenchmark : IBenchmark
{
    public string Name => "archival-copies";

    public Task<BenchmarkReport> RunAsync(BenchmarkOptions options)
    {
        var report = new BenchmarkReport(Name, "searchable PDF + ALTO of the corpus scans vs their OCR, same run");
        using var recognizer = DefaultRecognizer.CreateOrNote(report);
        if (recognizer is null) return Task.FromResult(report);
        var letters = Directory.GetFiles(Path.Combine(options.CorpusDirectory, "letters"), "*-scan*.pdf").Order(StringComparer.Ordinal).ToList();
        var searchablePdf = new SearchablePdf(new OcrOptions());
        recognizer.RecognizePdf(letters[0], [1], CancellationToken.None); // starts the engines, as a running service has them
        TimeSpan ocr = TimeSpan.Zero, pdf = TimeSpan.Zero, alto = TimeSpan.Zero;
        long originalBytes = 0, pdfBytes = 0, altoBytes = 0;
        var pages = 0;
        foreach (var letter in letters)
        {
            var watch = Stopwatch.StartNew();
            var recognised = recognizer.RecognizePdf(letter, [.. Enumerable.Range(1, Ocr.GeneratedScans.PageCount(letter))], CancellationToken.None)
                .Select(TextNormalizer.Instance.Normalize).ToList();
            ocr += watch.Elapsed;
            watch.Restart();
            pdfBytes += searchablePdf.Build(letter, recognised).Length;
            pdf += watch.Elapsed;
            watch.Restart();
            altoBytes += AltoXml.Write(Path.GetFileName(letter), recognised).Length;
            alto += watch.Elapsed;
            originalBytes += new FileInfo(letter).Length;
            pages += recognised.Count;
        }
        report.Add("letters", letters.Count, "");
        report.Add("pages", pages, "");
        report.Add("OCR (warm engines, one per core)", ocr.TotalMilliseconds / pages, "ms/page");
        report.Add("searchable PDF (one thread)", pdf.TotalMilliseconds / pages, "ms/page");
        report.Add("ALTO (one thread)", alto.TotalMilliseconds / pages, "ms/page");
        report.Add("searchable PDF + ALTO / OCR", 100 * (pdf + alto) / ocr, "%");
        report.Add("searchable PDF size / original size", (double)pdfBytes / originalBytes, "x");
        report.Add("ALTO size", altoBytes / 1024.0 / pages, "KB/page");
        report.Notes.Add("OCR's pages run on all cores at once, the copies on one: the ratio overstates their share of the CPU.");
        AddTesseractRenderers(report, letters);
        return Task.FromResult(report);
    }

    private const int TesseractRendererPages = 10;

    private static void AddTesseractRenderers(BenchmarkReport report, IReadOnlyList<string> letters)
    {
        var folder = Directory.CreateTempSubdirectory("extraction-tesseract-renderers-").FullName;
        try
        {
            var timing = new TesseractRenderers(new OcrOptions()).Run(letters, TesseractRendererPages, folder);
            report.Add($"libtesseract renderers, {timing.Pages} JPEG pages: their own recognition (one thread)", timing.Recognition.TotalMilliseconds / timing.Pages, "ms/page");
            report.Add("libtesseract renderers: PDF + ALTO rendering", timing.Rendering.TotalMilliseconds / timing.Pages, "ms/page");
            report.Add("libtesseract renderers: PDF size", timing.PdfBytes / 1024.0 / timing.Pages, "KB/page");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
