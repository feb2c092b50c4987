using Extraction.Reading.Ocr;
using Extraction.ScanGenerator;

namespace Extraction.Benchmarks.Ocr;

/// <summary>
/// Character error rate of the OCR pipeline on corpus letters rendered as clean 300-DPI and degraded
/// 300/200-DPI scans, per letter, against the rendered text; and for the real scans of the corpus,
/// which have no full transcript, the mean line confidence and the share of gold values found.
/// </summary>
public sealed class OcrAccuracyBenchmark : IBenchmark
{
    public string Name => "ocr-accuracy";

    public Task<BenchmarkReport> RunAsync(BenchmarkOptions options)
    {
        var report = new BenchmarkReport(Name, "OCR character error rate on generated scans; confidence and gold values on real scans");
        using var recognizer = DefaultRecognizer.CreateOrNote(report);
        if (recognizer is null) return Task.FromResult(report);
        using var scans = new GeneratedScans();
        var generated = scans.Make(options.CorpusDirectory, [ScanProfile.Clean, ScanProfile.Degraded, ScanProfile.Degraded200], CorpusScans.ReportLetters);
        foreach (var profile in generated.GroupBy(s => s.Profile.Name))
        {
            var rates = profile.Select(scan => (scan, Rate: OcrScoring.ErrorRate(recognizer, scan))).ToList();
            foreach (var (scan, rate) in rates) report.Add($"CER {profile.Key} {scan.LetterId} ({scan.Pages} p.)", 100 * rate, "%");
            report.Add($"CER {profile.Key} mean", 100 * rates.Average(r => r.Rate), "%");
        }

        var real = new List<(double Confidence, double Found)>();
        foreach (var path in GeneratedScans.RealScans(options.CorpusDirectory))
        {
            var pages = OcrScoring.Read(recognizer, path);
            var id = Path.GetFileNameWithoutExtension(path);
            var score = (OcrScoring.MeanLineConfidence(pages), OcrScoring.GoldValuesFound(pages, Path.Combine(options.CorpusDirectory, "gold", id + ".json")));
            real.Add(score);
            report.Add($"real {id}: mean line confidence", score.Item1, "");
            report.Add($"real {id}: gold values found", 100 * score.Item2, "%");
        }
        if (real.Count > 0)
        {
            report.Add("real scans: mean line confidence", real.Average(r => r.Confidence), "");
            report.Add("real scans: gold values found", 100 * real.Average(r => r.Found), "%");
        }
        report.Notes.Add("CER: edit distance on NFC, whitespace-normalised text over the rendered text's length; reading order counts.");
        report.Notes.Add("gold values found: notation, place, subject, signer name, addressees and distribution lines of the gold record occurring verbatim (case and spacing aside).");
        return Task.FromResult(report);
    }
}
