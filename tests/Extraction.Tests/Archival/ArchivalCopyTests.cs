using System.Collections.Concurrent;
using System.Xml.Linq;
using Extraction.Archival;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Reading.Ocr;
using Extraction.ScanGenerator;
using Extraction.Tests.Ocr;
using SkiaSharp;

namespace Extraction.Tests.Archival;

/// <summary>
/// The searchable PDF and ALTO of scanned letters, built from the one recognition pass the pipeline
/// made: a scanned PDF with JPEG pages, a real scan with e-signature images laid over its JPEG pages,
/// a real fax-compressed (CCITT) scan, and a lossless PNG scan made in the test run.
/// </summary>
[Collection("ocr")]
public sealed class ArchivalCopyTests(OcrFixture ocr)
{
    private static readonly ConcurrentDictionary<string, LetterOutcome> Read = new();

    public static TheoryData<string> Letters => ["letters/hg-cv-454-2011-scan.pdf", "letters/qn-cv-299-2025-scan.pdf", "letters/cp-nq-115-2026-scan.pdf", GeneratedPng];

    private const string GeneratedPng = "generated clean scan.png";

    [Theory]
    [MemberData(nameof(Letters))]
    public void PdftotextGivesBackTheRecognisedWordsInOrder(string letter)
    {
        var (original, outcome) = Recognised(letter);
        var pdf = WriteSearchablePdf(original, outcome);

        var recognised = outcome.RecognisedPages!.SelectMany(p => p.Words).Select(w => w.Text).ToArray();
        var extracted = Poppler.Words(pdf);

        Assert.NotEmpty(recognised);
        Assert.InRange(CommonSubsequence(recognised, extracted) / (double)recognised.Length, 0.99, 1);
    }

    [Theory]
    [MemberData(nameof(Letters))]
    public void EveryPageImageIsTheOriginalsPixelForPixelAndPopplerOpensTheFile(string letter)
    {
        var (original, outcome) = Recognised(letter);
        var pdf = WriteSearchablePdf(original, outcome);

        Assert.Matches($@"Pages:\s+{outcome.RecognisedPages!.Count}\n", Poppler.Run("pdfinfo", pdf));
        Poppler.Run("pdftoppm", "-r", "20", "-gray", pdf, Path.Combine(ocr.Folder, "rendered"));
        var copies = Poppler.PageImages(pdf);
        Assert.Equal(outcome.RecognisedPages!.Count, copies.Count);
        var originals = original.EndsWith(".pdf") ? Poppler.PageImages(original) : null;
        foreach (var (copy, page) in copies.Zip(outcome.RecognisedPages!))
        {
            var copied = Poppler.ExtractImage(pdf, copy, ocr.Folder);
            var source = originals is null ? original : Poppler.ExtractImage(original, originals.Single(i => i.Page == page.Number), ocr.Folder);
            if (source.EndsWith(".jpg")) Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(copied));
            else Assert.True(Pixels(source).SequenceEqual(Pixels(copied)), $"page {page.Number}'s image differs from the original's");
        }
    }

    [Theory]
    [MemberData(nameof(Letters))]
    public void AltoHasTheRequiredStructureAndTheStoredTextsWords(string letter)
    {
        var (original, outcome) = Recognised(letter);
        XNamespace alto = AltoXml.Namespace;

        var document = XDocument.Load(new MemoryStream(AltoXml.Write(Path.GetFileName(original), outcome.RecognisedPages!)));

        Assert.Equal("pixel", document.Root!.Element(alto + "Description")!.Element(alto + "MeasurementUnit")!.Value);
        var pages = document.Root.Element(alto + "Layout")!.Elements(alto + "Page").ToList();
        Assert.Equal(outcome.RecognisedPages!.Select(p => p.Number.ToString()), pages.Select(p => p.Attribute("PHYSICAL_IMG_NR")!.Value));
        var strings = pages.Select(p => p.Element(alto + "PrintSpace")!).Elements(alto + "TextBlock").Elements(alto + "TextLine").Elements(alto + "String").ToList();
        Assert.All(strings, s => Assert.All(new[] { "HPOS", "VPOS", "WIDTH", "HEIGHT", "CONTENT", "WC" }, a => Assert.NotNull(s.Attribute(a))));
        Assert.All(strings, s => Assert.InRange(double.Parse(s.Attribute("WC")!.Value, System.Globalization.CultureInfo.InvariantCulture), 0, 1));
        var storedWords = outcome.Letter!.Lines.Where(l => l.Origin == LineOrigin.Ocr).SelectMany(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(storedWords, strings.Select(s => s.Attribute("CONTENT")!.Value));
    }

    private (string Original, LetterOutcome Outcome) Recognised(string letter)
    {
        var original = letter == GeneratedPng ? GeneratePng() : OcrFixture.CorpusFile(letter);
        var outcome = Read.GetOrAdd(letter, _ => new LetterPipeline(new PipelineOptions { Reading = new LetterReaderOptions { Recognizer = ocr.Recognizer } }).Process(original));
        Assert.True(outcome.Succeeded, outcome.Failure?.Reason);
        return (original, outcome);
    }

    private string GeneratePng()
    {
        var path = Path.Combine(ocr.Folder, "clean-scan.png");
        if (File.Exists(path)) return path;
        var profile = ScanProfile.Clean with { JpegQuality = null };
        using var scan = OcrFixture.Scan("hg-cv-454-2011", profile);
        return ocr.WriteImage("clean-scan.png", scan.Pages[0], profile);
    }

    private string WriteSearchablePdf(string original, LetterOutcome outcome) =>
        ocr.Write($"{Guid.NewGuid():N}.pdf", new SearchablePdf(new OcrOptions()).Build(original, outcome.RecognisedPages!));

    private static byte[] Pixels(string imagePath)
    {
        using var decoded = SKBitmap.Decode(imagePath);
        using var rgba = decoded.Copy(SKColorType.Rgba8888);
        return rgba.GetPixelSpan().ToArray();
    }

    /// <summary>Length of the longest common subsequence: the words found in the same order.</summary>
    private static int CommonSubsequence(string[] a, string[] b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
