using System.Text.Json;
using Extraction.Reading.Ocr;

namespace Extraction.Benchmarks.Ocr;

/// <summary>How well a recognizer reads: CER against known text, and for real scans (which have no
/// full transcript) the mean line confidence and the share of gold values found in the text.</summary>
public static class OcrScoring
{
    public static IReadOnlyList<OcrPage> Read(TesseractRecognizer recognizer, string pdf, int? onlyPages = null) =>
        recognizer.RecognizePdf(pdf, [.. Enumerable.Range(1, onlyPages ?? GeneratedScans.PageCount(pdf))], CancellationToken.None);

    public static string TextOf(IEnumerable<OcrPage> pages) => string.Join('\n', pages.SelectMany(p => p.Lines).Select(l => l.Text));

    public static double ErrorRate(TesseractRecognizer recognizer, GeneratedScan scan) =>
        CharacterErrorRate.Of(TextOf(Read(recognizer, scan.PdfPath, scan.Pages)), scan.ReadingText);

    public static double MeanLineConfidence(IEnumerable<OcrPage> pages)
    {
        var lines = pages.SelectMany(p => p.Lines).ToList();
        return lines.Count == 0 ? 0 : lines.Average(l => l.Confidence);
    }

    /// <summary>The share of the gold record's printed values (notation, place, subject, signer, each
    /// addressee and distribution line) that occur in the text as written, case and spacing aside.</summary>
    public static double GoldValuesFound(IEnumerable<OcrPage> pages, string goldPath)
    {
        var gold = JsonDocument.Parse(File.ReadAllText(goldPath)).RootElement;
        var values = new List<string>();
        foreach (var field in new[] { "notation", "place", "subject" })
            if (gold.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String) values.Add(value.GetString()!);
        if (gold.TryGetProperty("signer", out var signer) && signer.ValueKind == JsonValueKind.Object
            && signer.GetProperty("name").GetString() is { } name) values.Add(name);
        foreach (var list in new[] { "recipients", "distribution" })
            if (gold.TryGetProperty(list, out var items)) values.AddRange(items.EnumerateArray().Select(i => i.GetString()!));
        if (values.Count == 0) return 0;
        var text = Comparable(TextOf(pages));
        return values.Count(v => text.Contains(Comparable(v), StringComparison.Ordinal)) / (double)values.Count;
    }

    private static string Comparable(string text) => CharacterErrorRate.Normalise(text).ToLowerInvariant();
}
