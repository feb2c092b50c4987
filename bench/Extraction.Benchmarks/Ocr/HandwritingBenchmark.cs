using System.Text.RegularExpressions;
using Extraction.Learning.Digits;
using Extraction.Reading.Ocr;
using Extraction.ScanGenerator;

namespace Extraction.Benchmarks.Ocr;

/// <summary>
/// The handwritten-number and -day reading on letters it has not seen, with digits it has not seen:
/// corpus text letters printed with their number and day left blank, written in with MNIST test
/// digits (the model trained on the other 60,000), scanned degraded at 300 DPI, and recognised with the
/// digit model and with Tesseract alone, in the same run. What counts is the number on the line that
/// starts "Số" and the day on the line "..., ngày .. tháng": the generator's letterhead is not always
/// a real one (a "KẾ HOẠCH" title set in its left column), which would make a whole-record figure
/// measure the layout as much as the handwriting.
/// </summary>
public sealed partial class HandwritingBenchmark : IBenchmark
{
    private const int Rounds = 2;

    public string Name => "handwriting";

    public Task<BenchmarkReport> RunAsync(BenchmarkOptions options)
    {
        var report = new BenchmarkReport(Name, "handwritten numbers and days on generated scans, MNIST test digits");
        var mnist = Path.Combine("artifacts", "mnist");
        if (!File.Exists(Path.Combine(mnist, "t10k-images-idx3-ubyte")))
        {
            report.Notes.Add($"no MNIST digits in {mnist}: run scripts/fetch-mnist first");
            return Task.FromResult(report);
        }
        using var recognizer = DefaultRecognizer.CreateOrNote(report);
        if (recognizer is null) return Task.FromResult(report);
        var digits = MnistDigits.Test(mnist);
        var folder = Directory.CreateTempSubdirectory("extraction-handwriting-").FullName;
        try
        {
            var letters = WriteLetters(options.CorpusDirectory, folder, digits);
            using var tesseractOnly = new TesseractRecognizer(new OcrOptions { HandwrittenDigits = null });
            foreach (var (name, pageRecognizer) in new[] { ("digit model", recognizer), ("Tesseract alone", tesseractOnly) })
            {
                var read = letters.Select(l => (Letter: l, Lines: pageRecognizer.RecognizePdf(l.Pdf, [1], CancellationToken.None)[0].Lines.Select(x => x.Text).ToList())).ToList();
                report.Add($"number read right, {name}", read.Count(r => NumberOf(r.Lines) == r.Letter.Number) / (double)read.Count, "");
                report.Add($"day read right, {name}", read.Count(r => DayOf(r.Lines) == r.Letter.Day) / (double)read.Count, "");
                if (name != "digit model") continue;
                foreach (var (letter, lines) in read.Where(r => NumberOf(r.Lines) != r.Letter.Number || DayOf(r.Lines) != r.Letter.Day))
                    report.Notes.Add($"{letter.Id}: wrote {letter.Number} and day {letter.Day}, read {NumberOf(lines) ?? "none"} and {DayOf(lines)?.ToString() ?? "none"}");
            }
            report.Add("letters", letters.Count, "letters");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        return Task.FromResult(report);
    }

    private sealed record WrittenLetter(string Id, string Pdf, string Number, int Day);

    // Every corpus text letter whose header prints a number and a day, Rounds times with other digits.
    private static List<WrittenLetter> WriteLetters(string corpus, string folder, DigitSet digits)
    {
        var letters = new List<WrittenLetter>();
        var random = new Random(11);
        foreach (var path in Directory.GetFiles(Path.Combine(corpus, "letters"), "*.txt").Order())
        {
            var text = File.ReadAllText(path);
            if (!NumberLine().IsMatch(text) || !DayInDate().IsMatch(text)) continue;
            for (var round = 0; round < Rounds; round++)
            {
                var number = random.Next(1, 1000).ToString(random.Next(2) == 0 ? "0" : "00");
                var day = random.Next(1, 29);
                var written = DayInDate().Replace(NumberLine().Replace(text, m => m.Groups[1].Value + HandwrittenBlank.Mark(number) + m.Groups[3].Value, 1),
                    m => m.Groups[1].Value + HandwrittenBlank.Mark(day.ToString(random.Next(2) == 0 ? "0" : "00")) + m.Groups[3].Value, 1);
                var id = $"{Path.GetFileNameWithoutExtension(path)}-{round}";
                using var scan = ScannedLetter.Make(written, ScanProfile.Degraded, seed: letters.Count, new MnistHandwriting(digits, seed: letters.Count));
                var pdf = Path.Combine(folder, id + ".pdf");
                ScanFiles.WritePdf(pdf, scan.Pages.Take(1).Select(p => ScanFiles.Encode(p, ScanProfile.Degraded)));
                letters.Add(new WrittenLetter(id, pdf, number, day));
            }
        }
        return letters;
    }

    private static string? NumberOf(List<string> lines) =>
        lines.Select(l => ReadNumber().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value;

    private static int? DayOf(List<string> lines) =>
        lines.Select(l => ReadDay().Match(l)).FirstOrDefault(m => m.Success) is { } m ? int.Parse(m.Groups[1].Value) : null;

    [GeneratedRegex(@"^S\S{0,2}\s*:?\s*(\d+)\s*/", RegexOptions.IgnoreCase)]
    private static partial Regex ReadNumber();

    [GeneratedRegex(@",\s*ngày\s*(\d{1,2})\s*tháng")]
    private static partial Regex ReadDay();

    [GeneratedRegex(@"(?m)^(\**Số:?\s*)(\d+)(\s*/)")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"(,\s*ngày\s+)(\d{1,2})(\s+tháng)")]
    private static partial Regex DayInDate();
}
