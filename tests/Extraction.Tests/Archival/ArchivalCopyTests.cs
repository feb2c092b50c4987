using System.Collections.Concurrent;
using System.Xml.Linq;
using Extraction.Archival;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Reading.Ocr;
using Extraction.ScanGenerator;
using Extraction.Tests.Ocr;

namespace Extraction.Tests.Archival;

/// <summary>
/// The searchable PDF and ALTO of scans made in the test run: a lossless PNG page (the corpus scans,
/// all JPEG or fax pages, are checked by <see cref="CorpusScanCopiesTests"/>), and the same page put on
/// the scanner sideways, whose words must still lie on the printed words of the image as received.
/// </summary>
[Collection("ocr")]
public sealed class ArchivalCopyTests(OcrFixture ocr)
{
    private static readonly ConcurrentDictionary<int, (string Path, LetterOutcome Outcome)> Read = new();

    public static TheoryData<int> QuarterTurns => [0, 1];

    [Theory]
    [MemberData(nameof(QuarterTurns))]
    public void PdftotextGivesBackTheRecognisedWordsInOrder(int quarterTurns)
    {
        var (_, outcome) = Recognised(quarterTurns);
        ArchivalCopyChecks.PdftotextGivesBackTheRecognisedWords(WriteSearchablePdf(quarterTurns), outcome);
    }

    [Theory]
    [MemberData(nameof(QuarterTurns))]
    public void EveryPageImageIsTheOriginalsPixelForPixelAndPopplerOpensTheFile(int quarterTurns)
    {
        var (original, outcome) = Recognised(quarterTurns);
        ArchivalCopyChecks.PageImagesAreTheOriginals(original, WriteSearchablePdf(quarterTurns), outcome, ocr.Folder);
    }

    [Theory]
    [MemberData(nameof(QuarterTurns))]
    public void AltoHasTheRequiredStructureAndTheStoredTextsWords(int quarterTurns)
    {
        var (original, outcome) = Recognised(quarterTurns);
        ArchivalCopyChecks.AltoHasTheRequiredStructureAndTheStoredWords(original, outcome);
    }

    /// <summary>Each word poppler finds is where recognition found it on the received image: sideways, the
    /// words run up the page, along the printed lines.</summary>
    [Theory]
    [MemberData(nameof(QuarterTurns))]
    public void TheInvisibleWordsLieOnThePrintedWords(int quarterTurns)
    {
        var (_, outcome) = Recognised(quarterTurns);
        var page = Assert.Single(outcome.RecognisedPages!);
        Assert.Equal((4 - quarterTurns) % 4, page.Preparation.QuarterTurns);
        var pointsPerPixel = 72.0 / page.Preparation.SourceResolution;
        var unique = page.Words.GroupBy(w => w.Text).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Box);

        var found = Poppler.WordBoxes(WriteSearchablePdf(quarterTurns)).Where(w => unique.ContainsKey(w.Text)).ToList();

        Assert.True(found.Count > 50, $"{found.Count} words found");
        var placed = found.Count(w => Contains(unique[w.Text], (w.Box.Left + w.Box.Width / 2) / pointsPerPixel, (w.Box.Top + w.Box.Height / 2) / pointsPerPixel));
        Assert.True(placed >= 0.95 * found.Count, $"{placed} of {found.Count} words lie on their printed word");
        Assert.All(found.Where(w => w.Text.Length >= 5), w => Assert.Equal(quarterTurns % 2 == 1, w.Box.Height > w.Box.Width));
    }

    [Fact]
    public void AltoSaysTheTextOfASidewaysPageIsTurned()
    {
        var (original, outcome) = Recognised(1);
        XNamespace alto = AltoXml.Namespace;

        var blocks = XDocument.Load(new MemoryStream(AltoXml.Write(Path.GetFileName(original), outcome.RecognisedPages!))).Descendants(alto + "TextBlock").ToList();

        Assert.NotEmpty(blocks);
        Assert.All(blocks, b => Assert.Equal("270", b.Attribute("ROTATION")?.Value));
    }

    /// <summary>Boxes as qn-ttr-24-2025-scan came out of recognition at 200 DPI: "Căn" reaching over "cứ",
    /// and a column of stamp marks down the margin read as one line, 1,449 px tall.</summary>
    [Fact]
    public void WordsWhoseBoxesOverlapAndAMarginColumnComeBackAsSeparateWords()
    {
        static OcrWord Word(string text, double left, double top, double width, double height) => new(text, new Box(left, top, width, height), 0.9);
        OcrLine body = new([Word("Căn", 544, 1119, 180, 65), Word("cứ", 670, 1102, 53, 89), Word("Luật", 747, 1122, 105, 50)], new Box(544, 1102, 308, 89));
        OcrLine margin = new([Word("ốc", 24, 975, 24, 42), Word("SỐ", 24, 1365, 41, 32), Word("#8", 9, 1427, 62, 42), Word("Sự", 9, 1482, 62, 53)], new Box(9, 975, 62, 560));
        var page = new OcrPage(1, 1654, 2339, [margin, body], new PagePreparation(200, 1, 0, 0));
        using var paper = new SkiaSharp.SKBitmap(1654, 2339);
        paper.Erase(SkiaSharp.SKColors.White);
        var original = ocr.WriteImage($"{Guid.NewGuid():N}.png", paper, ScanProfile.Clean with { JpegQuality = null, Dpi = 200 });

        var pdf = ocr.Write($"{Guid.NewGuid():N}.pdf", new SearchablePdf(new OcrOptions()).Build(original, [page]));

        Assert.Equal(["ốc", "SỐ", "#8", "Sự", "Căn", "cứ", "Luật"], Poppler.Words(pdf));
    }

    private static bool Contains(Box box, double x, double y) =>
        x >= box.Left && x <= box.Left + box.Width && y >= box.Top && y <= box.Top + box.Height;

    /// <summary>A lossless PNG scan of a corpus letter's first page, put on the scanner turned clockwise, and what the pipeline made of it.</summary>
    private (string Path, LetterOutcome Outcome) Recognised(int quarterTurns) => Read.GetOrAdd(quarterTurns, turns =>
    {
        var profile = ScanProfile.Clean with { JpegQuality = null, QuarterTurns = turns };
        using var scan = OcrFixture.Scan("hg-cv-454-2011", profile);
        var path = ocr.WriteImage($"scan-turned-{turns}.png", scan.Pages[0], profile);
        var outcome = new LetterPipeline(new PipelineOptions { Reading = new LetterReaderOptions { Recognizer = ocr.Recognizer } }).Process(path);
        Assert.True(outcome.Succeeded, outcome.Failure?.Reason);
        return (path, outcome);
    });

    private string WriteSearchablePdf(int quarterTurns)
    {
        var (original, outcome) = Recognised(quarterTurns);
        return ocr.Write($"{Guid.NewGuid():N}.pdf", new SearchablePdf(new OcrOptions()).Build(original, outcome.RecognisedPages!));
    }
}
