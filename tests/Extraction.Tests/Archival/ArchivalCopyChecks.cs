using System.Xml.Linq;
using Extraction.Archival;
using Extraction.Pipeline;
using Extraction.Reading;
using SkiaSharp;

namespace Extraction.Tests.Archival;

/// <summary>What a clerk's tools must find in the searchable PDF and ALTO of a recognised letter.</summary>
internal static class ArchivalCopyChecks
{
    /// <summary><c>pdftotext</c> gives back at least 99 % of the recognised words, in order.</summary>
    public static void PdftotextGivesBackTheRecognisedWords(string pdf, LetterOutcome outcome)
    {
        var recognised = outcome.RecognisedPages!.SelectMany(p => p.Words).Select(w => w.Text).ToArray();
        var extracted = Poppler.Words(pdf);

        Assert.NotEmpty(recognised);
        var share = CommonSubsequence(recognised, extracted) / (double)recognised.Length;
        Assert.True(share >= 0.99, $"{outcome.Id}: pdftotext gives back {share:P1} of the recognised words in order");
    }

    /// <summary>poppler opens the file without a message, and each page's image is the original's: a JPEG's
    /// very bytes, any other image's decoded pixels.</summary>
    public static void PageImagesAreTheOriginals(string original, string pdf, LetterOutcome outcome, string folder)
    {
        Assert.Matches($@"Pages:\s+{outcome.RecognisedPages!.Count}\n", Poppler.Run("pdfinfo", pdf));
        Poppler.Run("pdftoppm", "-r", "20", "-gray", pdf, Path.Combine(folder, "rendered"));
        var copies = Poppler.PageImages(pdf);
        Assert.Equal(outcome.RecognisedPages!.Count, copies.Count);
        var originals = original.EndsWith(".pdf") ? Poppler.PageImages(original) : null;
        foreach (var (copy, page) in copies.Zip(outcome.RecognisedPages!))
        {
            var copied = Poppler.ExtractImage(pdf, copy, folder);
            var source = originals is null ? original : Poppler.ExtractImage(original, originals.Single(i => i.Page == page.Number), folder);
            if (source.EndsWith(".jpg")) Assert.True(File.ReadAllBytes(source).SequenceEqual(File.ReadAllBytes(copied)), $"{outcome.Id}: page {page.Number}'s JPEG was re-encoded");
            else Assert.True(Pixels(source).SequenceEqual(Pixels(copied)), $"{outcome.Id}: page {page.Number}'s image differs from the original's");
        }
    }

    /// <summary>ALTO 4's required structure, every <c>String</c> with its box, content and confidence, and
    /// the words exactly those of the stored text's OCR lines.</summary>
    public static void AltoHasTheRequiredStructureAndTheStoredWords(string original, LetterOutcome outcome)
    {
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
