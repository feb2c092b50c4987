using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Reading.Ocr;
using Extraction.ScanGenerator;
using Extraction.Text;

namespace Extraction.Tests.Ocr;

/// <summary>Corpus letter hg-cv-454-2011 (one page) rendered and scanned in the test run, read back by OCR.</summary>
[Collection("ocr")]
public sealed class GeneratedScanTests(OcrFixture ocr)
{
    private const string OnePageLetter = "hg-cv-454-2011";

    [Theory]
    [InlineData("clean", 0.01)]
    [InlineData("degraded", 0.03)]
    [InlineData("degraded200", 0.03)]
    public void ReadsAScannedLetterWithinTheErrorBudget(string profileName, double maximumErrorRate)
    {
        var profile = new[] { ScanProfile.Clean, ScanProfile.Degraded, ScanProfile.Degraded200 }.Single(p => p.Name == profileName);
        using var scan = OcrFixture.Scan(OnePageLetter, profile);
        var pdf = Path.Combine(ocr.Folder, $"{OnePageLetter}-{profileName}.pdf");
        scan.WritePdf(pdf, profile);

        // What the `text` command prints: the pipeline's read, normalise and segment stages, rendered.
        var (letter, failure) = new LetterPipeline(new PipelineOptions { Reading = new LetterReaderOptions { Recognizer = ocr.Recognizer } }).Read(pdf);

        Assert.Null(failure);
        Assert.InRange(CharacterErrorRate.Of(LetterTextRenderer.Render(letter!.Lines), scan.ReadingText), 0, maximumErrorRate);
    }

    [Fact]
    public void UpscalesA150DpiScan()
    {
        using var scan = OcrFixture.Scan(OnePageLetter, ScanProfile.LowResolution);
        var path = ocr.WriteImage("150dpi.jpg", scan.Pages[0], ScanProfile.LowResolution);

        var page = Assert.Single(ocr.Recognizer.RecognizeImage(path, CancellationToken.None));

        Assert.Equal(2.0, page.Preparation.Scale);
        Assert.Equal(scan.Pages[0].Width, page.Width);
        Assert.InRange(CharacterErrorRate.Of(string.Join('\n', page.Lines.Select(l => l.Text)), scan.ReadingText), 0, 0.03);
    }

    [Fact]
    public void ReadsAPhotographedPage()
    {
        using var scan = OcrFixture.Scan(OnePageLetter, ScanProfile.PhotoOfPage);
        var path = ocr.WriteImage("photo.jpg", scan.Pages[0], ScanProfile.PhotoOfPage);

        var pages = ocr.Recognizer.RecognizeImage(path, CancellationToken.None);

        Assert.InRange(CharacterErrorRate.Of(OcrFixture.TextOf(pages), scan.ReadingText), 0, 0.03);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    public void TurnsAPageScannedUpsideDownOrSideways(int quarterTurns)
    {
        var profile = ScanProfile.Degraded200 with { QuarterTurns = quarterTurns };
        using var scan = OcrFixture.Scan(OnePageLetter, profile);
        var path = ocr.WriteImage($"turned-{quarterTurns}.jpg", scan.Pages[0], profile);

        var page = Assert.Single(ocr.Recognizer.RecognizeImage(path, CancellationToken.None));

        Assert.Equal((4 - quarterTurns) % 4, page.Preparation.QuarterTurns);
        Assert.Equal("UY BAN NHAN DAN", VietnameseText.Fold(page.Lines[0].Text));
        Assert.InRange(CharacterErrorRate.Of(string.Join('\n', page.Lines.Select(l => l.Text)), scan.ReadingText), 0, 0.03);
    }
}
