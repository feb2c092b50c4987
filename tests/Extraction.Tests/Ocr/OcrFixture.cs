using Extraction.Reading;
using Extraction.Reading.Ocr;
using Extraction.ScanGenerator;
using SkiaSharp;

namespace Extraction.Tests.Ocr;

/// <summary>One warm recognizer and a scratch folder for the OCR tests, which share them.</summary>
public sealed class OcrFixture : IDisposable
{
    public TesseractRecognizer Recognizer { get; } = TesseractRecognizer.CreateDefault();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<OcrPage>> firstPages = new();
    public string Folder { get; } = Directory.CreateTempSubdirectory("extraction-ocr-tests-").FullName;

    public static string CorpusFile(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "corpus", relativePath);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"corpus/{relativePath} not found above {AppContext.BaseDirectory}");
    }

    public static string LetterText(string id) => File.ReadAllText(CorpusFile($"letters/{id}.txt"));

    /// <summary>A corpus letter rendered and scanned with a profile (hg-cv-454-2011 fits on one page).</summary>
    public static ScannedLetter Scan(string letterId, ScanProfile profile) => ScannedLetter.Make(LetterText(letterId), profile, seed: 7);

    /// <summary>Page 1 of a real corpus scan, recognised once for all the tests that look at it.</summary>
    public OcrPage FirstPageOf(string id) => firstPages.GetOrAdd(id, key => new Lazy<OcrPage>(() =>
        Recognizer.RecognizePdf(CorpusFile($"letters/{key}.pdf"), [1], CancellationToken.None)[0])).Value;

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string WriteImage(string name, SKBitmap page, ScanProfile profile) => Write(name, ScanFiles.Encode(page, profile).Bytes);

    public static string TextOf(IEnumerable<OcrPage> pages) => string.Join('\n', pages.SelectMany(p => p.Lines).Select(l => l.Text));

    public void Dispose()
    {
        Recognizer.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}

[CollectionDefinition("ocr")]
public sealed class OcrCollection : ICollectionFixture<OcrFixture>;
