using System.Security.Cryptography;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Records;
using Extraction.Segmentation;

namespace Extraction.Llm.Tests;

/// <summary>A corpus letter after the local pipeline, as the LLM stage receives it.</summary>
public sealed record LocalLetter(LetterRecord Record, SegmentedLetter Letter)
{
    /// <summary>The page and line (as sent to the model) of the first line containing <paramref name="text"/>.</summary>
    public (int Page, int Line) LineOf(string text)
    {
        var line = Letter.Lines.First(l => l.Text.Contains(text, StringComparison.Ordinal));
        return (line.Page, line.PageLine);
    }
}

/// <summary>Real letters from corpus/letters, run through the local pipeline.</summary>
public static class TestLetters
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string fileName) => Path.Combine(Root, "corpus", "letters", fileName);

    /// <summary>
    /// A corpus text letter read as if recognised by OCR with the given per-line confidence, so the local
    /// extractors mark the values read from doubtful lines low-confidence; without one, read as plain text.
    /// </summary>
    public static LocalLetter Read(string fileName, Func<string, double>? ocrConfidence = null)
    {
        var path = PathOf(fileName);
        var origin = ocrConfidence is null ? LineOrigin.Text : LineOrigin.Ocr;
        var lines = File.ReadAllLines(path).Select(l => new TextLine(l, origin, ocrConfidence?.Invoke(l))).ToList();
        var document = new ReadDocument { MediaType = "text/plain", Pages = [new PageText(1, lines)] };
        var source = new SourceInfo { FileName = fileName, Sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) };
        var record = new LetterPipeline().Extract(document, LetterIds.FromPath(path), source, out var segmented);
        return new LocalLetter(record, segmented);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln"))) return dir.FullName;
        throw new InvalidOperationException("Extraction.sln not found above " + AppContext.BaseDirectory);
    }
}
