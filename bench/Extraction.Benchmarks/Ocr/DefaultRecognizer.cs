using Extraction.Reading.Ocr;

namespace Extraction.Benchmarks.Ocr;

/// <summary>The recognizer the OCR benchmarks measure, when Tesseract is installed.</summary>
internal static class DefaultRecognizer
{
    /// <summary>The default recognizer; null, with the reason noted in the report, when Tesseract is missing.</summary>
    public static TesseractRecognizer? CreateOrNote(BenchmarkReport report)
    {
        var recognizer = TesseractRecognizer.CreateDefault();
        if (recognizer.UnavailableReason is not { } reason) return recognizer;
        report.Notes.Add(reason);
        recognizer.Dispose();
        return null;
    }
}
