using Extraction.Reading.Ocr;
using Extraction.ScanGenerator;

namespace Extraction.Tests.Ocr;

/// <summary>Word boxes point into the image as received, whatever the clean-up did to it, so a text
/// layer or ALTO file can be laid over the original scan.</summary>
[Collection("ocr")]
public sealed class WordBoxTests(OcrFixture ocr)
{
    [Fact]
    public void BoxesOfADeskewedPageFallOnTheReceivedImage()
    {
        var tilted = ScanProfile.Degraded200 with { MaxRotationDegrees = 2, StampAndSignature = false };
        using var scan = OcrFixture.Scan("hg-cv-454-2011", tilted);
        var path = ocr.WriteImage("tilted.jpg", scan.Pages[0], tilted);
        using var withoutDeskew = new TesseractRecognizer(new OcrOptions { Steps = PreprocessingSteps.Default & ~PreprocessingSteps.Deskew });

        var deskewed = Assert.Single(ocr.Recognizer.RecognizeImage(path, CancellationToken.None));
        var asScanned = Assert.Single(withoutDeskew.RecognizeImage(path, CancellationToken.None));

        Assert.NotEqual(0, deskewed.Preparation.SkewDegrees);
        var (x1, y1) = Centre(deskewed, "Kính");
        var (x2, y2) = Centre(asScanned, "Kính");
        Assert.InRange(Math.Abs(x1 - x2), 0, 6);
        Assert.InRange(Math.Abs(y1 - y2), 0, 6);
    }

    private static (double X, double Y) Centre(OcrPage page, string word)
    {
        var box = page.Words.First(w => w.Text == word).Box;
        return (box.Left + box.Width / 2, box.Top + box.Height / 2);
    }
}
