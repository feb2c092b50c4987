using Extraction.Reading;
using Extraction.Reading.Ocr;
using Extraction.ScanGenerator;
using SkiaSharp;
using UglyToad.PdfPig.Writer;

namespace Extraction.Tests.Ocr;

/// <summary>The kinds of files scanned letters arrive as, each giving pages of text or a clear reason.</summary>
[Collection("ocr")]
public sealed class ImageFileTests(OcrFixture ocr)
{
    private static readonly ScanProfile Scanner200 = ScanProfile.Clean with { Dpi = 200 };

    [Fact]
    public void ReadsEveryPageOfAMultiPageTiff()
    {
        // seed-001 runs over several pages; its first page has the addressees, its second the body.
        using var scan = OcrFixture.Scan("seed-001", Scanner200);
        var path = Path.Combine(ocr.Folder, "two-pages.tif");
        ScanFiles.WriteTiff(path, scan.Pages.Take(2).ToList(), Scanner200.Dpi);

        var pages = new LetterReader(new LetterReaderOptions { Recognizer = ocr.Recognizer }).Read(path).Pages;

        Assert.Equal([1, 2], pages.Select(p => p.Number));
        Assert.Contains(pages[0].Lines, l => l.Text.Contains("Các cơ quan chuyên môn, đơn vị sự nghiệp"));
        Assert.DoesNotContain(pages[1].Lines, l => l.Text.StartsWith("Kính gửi"));
        Assert.All(pages.SelectMany(p => p.Lines), l => Assert.InRange(l.Confidence ?? -1, 0.0, 1.0));
    }

    [Fact]
    public void RecognisesTheImagePageOfAMixedPdf()
    {
        using var scan = OcrFixture.Scan("hg-cv-454-2011", Scanner200);
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.TimesRoman);
        builder.AddPage(LetterRenderer.PageWidth, LetterRenderer.PageHeight)
            .AddText("Cover page with a text layer", 12, new UglyToad.PdfPig.Core.PdfPoint(72, 700), font);
        ScanFiles.AddImagePage(builder, ScanFiles.Encode(scan.Pages[0], Scanner200).Bytes, isJpeg: true);
        var pdf = ocr.Write("mixed.pdf", builder.Build());

        var scanned = Assert.Single(ocr.Recognizer.RecognizePdf(pdf, [2], CancellationToken.None));
        // A page that is not one image is rasterised (pdftoppm) before recognition.
        var rasterised = Assert.Single(ocr.Recognizer.RecognizePdf(pdf, [1], CancellationToken.None));

        Assert.Equal(2, scanned.Number);
        Assert.Contains(scanned.Lines, l => l.Text == "Số: 454/UBND-NCTH");
        Assert.Equal("Cover page with a text layer", Assert.Single(rasterised.Lines).Text);
    }

    [Fact]
    public void StopsAPageThatRunsOverItsTimeLimit()
    {
        using var scan = OcrFixture.Scan("hg-cv-454-2011", Scanner200);
        var path = ocr.WriteImage("slow.jpg", scan.Pages[0], Scanner200);
        using var impatient = new TesseractRecognizer(new OcrOptions { PageTimeLimit = TimeSpan.FromMilliseconds(1), Engines = 1 });

        var failure = Assert.Throws<LetterReadException>(() => impatient.RecognizeImage(path, CancellationToken.None));

        Assert.Equal(ReadFailureKind.Timeout, failure.Kind);
        Assert.Contains("Page 1 of slow.jpg", failure.Message);
    }

    [Fact]
    public void ReadsALosslessScanWhosePdfMisstatesItsResolution()
    {
        // seed-000-scan.pdf (corpus): 8-bit grey Flate images of 2480 × 3507 pixels placed on a
        // 1860-point page, i.e. "96 DPI"; the page is an A4 scan at 300 DPI.
        var page = Assert.Single(ocr.Recognizer.RecognizePdf(OcrFixture.CorpusFile("letters/seed-000-scan.pdf"), [1], CancellationToken.None));

        Assert.Equal(300, page.Preparation.SourceResolution);
        Assert.Equal(200.0 / 300, page.Preparation.Scale, 3);   // read at 200 DPI, as every scan above it
        Assert.Contains(page.Lines, l => l.Text.Replace(" ", "") == "Số:62/BCĐCCHC&CĐS");
    }

    [Fact]
    public void InventsNothingOnABlankPage()
    {
        using var blank = new SKBitmap(1654, 2339);
        using (var canvas = new SKCanvas(blank)) canvas.Clear(new SKColor(236, 233, 226));
        var noisy = ScanProfile.Degraded200 with { StampAndSignature = false };
        using var scanned = new ScanDegrader(3).Degrade(new RenderedPage(blank, null), noisy, 0);
        var path = ocr.WriteImage("blank.jpg", scanned, noisy);

        var page = Assert.Single(ocr.Recognizer.RecognizeImage(path, CancellationToken.None));

        Assert.Empty(page.Lines);
    }

    [Theory]
    [InlineData("truncated.png")]
    [InlineData("garbled.jpg")]
    public void RefusesADamagedImageWithAReason(string name)
    {
        using var scan = OcrFixture.Scan("hg-cv-454-2011", ScanProfile.LowResolution);
        var bytes = ScanFiles.Encode(scan.Pages[0], ScanProfile.LowResolution with { JpegQuality = name.EndsWith(".png") ? null : 80 }).Bytes;
        var damaged = name.StartsWith("truncated") ? bytes[..64] : [.. bytes[..16], .. new byte[bytes.Length - 16]];
        var path = ocr.Write(name, damaged);

        var failure = Assert.Throws<LetterReadException>(() => new LetterReader(new LetterReaderOptions { Recognizer = ocr.Recognizer }).Read(path));

        Assert.Equal(ReadFailureKind.Corrupt, failure.Kind);
        Assert.Contains(name, failure.Message);
    }

    [Fact]
    public void SaysWhatToInstallWhenTheLanguageDataIsMissing()
    {
        using var recognizer = new TesseractRecognizer(new OcrOptions { TessdataDirectory = ocr.Folder });
        var path = ocr.Write("any.png", ScanFiles.Encode(new SKBitmap(10, 10), ScanProfile.Clean with { JpegQuality = null }).Bytes);

        Assert.Contains("apt-get install tesseract-ocr tesseract-ocr-vie", recognizer.UnavailableReason);
        var failure = Assert.Throws<LetterReadException>(() => recognizer.RecognizeImage(path, CancellationToken.None));
        Assert.Equal(ReadFailureKind.NeedsOcr, failure.Kind);
    }
}
