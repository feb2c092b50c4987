using Extraction.Reading.Ocr;
using Extraction.ScanGenerator;

namespace Extraction.Benchmarks.Ocr;

/// <summary>
/// What each clean-up step is worth: the same scans read with all default steps, with one step
/// removed at a time, and with background levelling added. Generated scans give CER; the real
/// scans' first pages give mean line confidence and the share of gold values found.
/// </summary>
public sealed class OcrPreprocessingBenchmark : IBenchmark
{
    // A one-page and a three-page letter keep the run to a few minutes for seven variants.
    private static readonly string[] Letters = ["hg-cv-454-2011", "seed-001"];

    public string Name => "ocr-preprocessing";

    public Task<BenchmarkReport> RunAsync(BenchmarkOptions options)
    {
        var report = new BenchmarkReport(Name, "effect of each preprocessing step on OCR accuracy");
        using var scans = new GeneratedScans();
        var generated = scans.Make(options.CorpusDirectory,
            [ScanProfile.Degraded, ScanProfile.Degraded200, ScanProfile.LowResolution, ScanProfile.PhotoOfPage], Letters);
        var real = GeneratedScans.RealScans(options.CorpusDirectory);

        var variants = new List<(string Name, PreprocessingSteps Steps)> { ("default steps", PreprocessingSteps.Default) };
        foreach (var step in Enum.GetValues<PreprocessingSteps>().Where(s => s is not (PreprocessingSteps.None or PreprocessingSteps.Default)))
        {
            variants.Add(PreprocessingSteps.Default.HasFlag(step)
                ? ($"without {step}", PreprocessingSteps.Default & ~step)
                : ($"with {step}", PreprocessingSteps.Default | step));
        }

        foreach (var (name, steps) in variants)
        {
            using var recognizer = new TesseractRecognizer(new OcrOptions { Steps = steps });
            if (recognizer.UnavailableReason is { } reason)
            {
                report.Notes.Add(reason);
                break;
            }
            foreach (var profile in generated.GroupBy(s => s.Profile.Name))
                report.Add($"{name}: CER {profile.Key}", 100 * profile.Average(s => OcrScoring.ErrorRate(recognizer, s)), "%");
            var pages = real.Select(path => (Pages: OcrScoring.Read(recognizer, path, onlyPages: 1), Gold: GoldPath(options.CorpusDirectory, path))).ToList();
            report.Add($"{name}: real scans p.1 mean line confidence", pages.Average(p => OcrScoring.MeanLineConfidence(p.Pages)), "");
            report.Add($"{name}: real scans p.1 gold values found", 100 * pages.Average(p => OcrScoring.GoldValuesFound(p.Pages, p.Gold)), "%");
        }
        report.Notes.Add($"generated: {string.Join(", ", Letters)} per profile (whole letters); real: first page of {real.Count} scans");
        return Task.FromResult(report);
    }

    private static string GoldPath(string corpus, string pdf) => Path.Combine(corpus, "gold", Path.GetFileNameWithoutExtension(pdf) + ".json");
}
