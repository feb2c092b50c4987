using Extraction.Reading;
using Extraction.Reading.Ocr;
using Extraction.ScanGenerator;
using SkiaSharp;

namespace Extraction.Tests.Ocr;

/// <summary>One warm recognizer and a scratch folder for the OCR tests, which share them.</summary>
public sealed class OcrFixture : IDisposable
{
    public TesseractRecognizer Recognizer { get; } = TesseractRecognizer.CreateDefault();
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
