using Extraction.Reading;
using Extraction.Reading.Ocr;
using UglyToad.PdfPig;

namespace Extraction.Archival;

/// <summary>
/// The page images of an original, as recognition took them: a scanned PDF page's covering image, an
/// image file's pages, or a PDF page that is not one image rasterised as OCR rasterised it. JPEGs are
/// handed on as their bytes and never decoded; everything else is decoded once, losslessly.
/// </summary>
internal static class OriginalPageImages
{
    public static IReadOnlyList<PageImage> Read(string path, IReadOnlyList<int> pageNumbers, int rasterResolution) => FileSniffer.Detect(path) switch
    {
        FileKind.Pdf => FromPdf(path, pageNumbers, rasterResolution),
        FileKind.Jpeg when pageNumbers.All(n => n == 1) => [.. pageNumbers.Select(_ => PageImage.FromJpeg(File.ReadAllBytes(path)))],
        FileKind.Png or FileKind.Tiff => FromImageFile(path, pageNumbers),
        var kind => throw new InvalidOperationException($"{Path.GetFileName(path)} ({kind}) has no pages {string.Join(", ", pageNumbers)} to take images from."),
    };

    private static List<PageImage> FromPdf(string path, IReadOnlyList<int> pageNumbers, int rasterResolution)
    {
        using var document = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true });
        var images = new List<PageImage>();
        foreach (var number in pageNumbers)
        {
            if (PdfPageImageSource.CoveringScan(document.GetPage(number)) is { } scan && PdfPageImageSource.IsJpeg(scan))
            {
                images.Add(PageImage.FromJpeg(scan.RawMemory.ToArray()));
                continue;
            }
            using var source = new PdfPageImageSource(path, [number], rasterResolution);
            using var page = source.Next()!;
            images.Add(PageImage.FromPixels(page.Image));
        }
        return images;
    }

    private static List<PageImage> FromImageFile(string path, IReadOnlyList<int> pageNumbers)
    {
        var wanted = pageNumbers.ToHashSet();
        var found = new Dictionary<int, PageImage>();
        using var source = new ImageFileSource(path);
        while (found.Count < wanted.Count && source.Next() is { } page)
        {
            using (page)
                if (wanted.Contains(page.Number)) found[page.Number] = PageImage.FromPixels(page.Image);
        }
        return [.. pageNumbers.Select(n => found.TryGetValue(n, out var image) ? image
            : throw new InvalidOperationException($"{Path.GetFileName(path)} has no page {n}."))];
    }
}
