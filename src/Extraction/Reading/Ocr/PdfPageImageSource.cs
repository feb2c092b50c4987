using System.Diagnostics;
using Extraction.Reading.Ocr.Native;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Tokens;

namespace Extraction.Reading.Ocr;

/// <summary>
/// Page images of a PDF: the scanner's own image when one image covers the page (a JPEG's bytes
/// as stored, a fax or Flate image through PdfPig's PNG export), otherwise the page rasterised by
/// poppler's pdftoppm. Stamps and e-signature images laid over a scan are left to the text reader.
/// </summary>
internal sealed class PdfPageImageSource(string path, IReadOnlyList<int> pageNumbers, int rasterResolution) : IPageImageSource
{
    private const double CoveringShare = 0.85;
    private readonly PdfDocument document = Open(path);
    private int next;

    public SourcePage? Next()
    {
        if (next >= pageNumbers.Count) return null;
        var number = pageNumbers[next++];
        if (number < 1 || number > document.NumberOfPages)
            throw new ArgumentOutOfRangeException(nameof(pageNumbers), $"{Path.GetFileName(path)} has no page {number}.");
        var page = document.GetPage(number);
        return EmbeddedScan(page, number) ?? Rasterise(number);
    }

    /// <summary>The one image that covers the page (the scanner's), or null when the page is not a scan.</summary>
    public static IPdfImage? CoveringScan(Page page)
    {
        var scan = page.GetImages().MaxBy(i => i.BoundingBox.Width * i.BoundingBox.Height);
        return scan is null || scan.BoundingBox.Width * scan.BoundingBox.Height < CoveringShare * page.Width * page.Height ? null : scan;
    }

    private static SourcePage? EmbeddedScan(Page page, int number)
    {
        if (CoveringScan(page) is not { } scan) return null;
        var image = Decode(scan);
        if (image is null) return null;
        var resolution = (int)Math.Round(scan.WidthInSamples / (scan.BoundingBox.Width / 72.0));
        return new SourcePage(number, image, resolution);
    }

    // JPEG bytes go to Leptonica as stored; 8-bit grey and RGB samples are copied in directly
    // (PdfPig's PNG export is written in managed code and takes over a second for an A4 page).
    private static Pix? Decode(IPdfImage scan)
    {
        if (IsJpeg(scan))
        {
            var jpeg = scan.RawMemory.ToArray();
            return Pix.Own(LeptonicaApi.pixReadMem(jpeg, (nuint)jpeg.Length));
        }
        var components = scan.ColorSpaceDetails?.Type switch
        {
            ColorSpace.DeviceGray => 1,
            ColorSpace.DeviceRGB => 3,
            _ => 0,
        };
        var width = scan.WidthInSamples;
        var height = scan.HeightInSamples;
        if (components > 0 && scan.BitsPerComponent == 8 && !scan.IsImageMask && scan.TryGetBytesAsMemory(out var samples)
            && samples.Length >= width * height * components)
            return Pix.FromSamples(samples.Span, width, height, components);
        if (!scan.TryGetPng(out var png)) return null;
        return Pix.Own(LeptonicaApi.pixReadMem(png, (nuint)png.Length));
    }

    public static bool IsJpeg(IPdfImage image) =>
        image.ImageDictionary.TryGet(NameToken.Filter, out var filter) && filter switch
        {
            NameToken name => name == NameToken.DctDecode,
            ArrayToken array => array.Data.Count == 1 && array.Data[0] is NameToken only && only == NameToken.DctDecode,
            _ => false,
        };

    private SourcePage Rasterise(int number)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"extraction-page-{Guid.NewGuid():N}");
        var output = prefix + ".pgm";
        try
        {
            var start = new ProcessStartInfo("pdftoppm")
            {
                ArgumentList = { "-r", rasterResolution.ToString(), "-gray", "-f", number.ToString(), "-l", number.ToString(), "-singlefile", path, prefix },
                RedirectStandardError = true,
            };
            using (var process = StartOrExplain(start))
            {
                var errors = process.StandardError.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0 || !File.Exists(output))
                    throw new LetterReadException(ReadFailureKind.Corrupt, $"Page {number} of {Path.GetFileName(path)} could not be rasterised: {errors.Trim()}");
            }
            var bytes = File.ReadAllBytes(output);
            var image = Pix.Own(LeptonicaApi.pixReadMem(bytes, (nuint)bytes.Length))
                ?? throw new LetterReadException(ReadFailureKind.Corrupt, $"Page {number} of {Path.GetFileName(path)} rasterised to an unreadable image.");
            return new SourcePage(number, image, rasterResolution);
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new LetterReadException(ReadFailureKind.NeedsOcr,
                "This PDF page is not a single scanned image and needs rasterising, but pdftoppm is not installed; install it with: apt-get install poppler-utils");
        }
    }

    private static PdfDocument Open(string path)
    {
        try
        {
            return PdfDocument.Open(path);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            throw new LetterReadException(ReadFailureKind.Corrupt, $"The PDF {Path.GetFileName(path)} could not be opened: {error.Message}", error);
        }
    }

    public void Dispose() => document.Dispose();
}
