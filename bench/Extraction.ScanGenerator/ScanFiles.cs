using SkiaSharp;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Extraction.ScanGenerator;

/// <summary>Writes scanned pages as files: image-only PDF, PNG, JPEG or multi-page TIFF.</summary>
public static class ScanFiles
{
    /// <summary>The page as a scanner stores it: JPEG at the profile's quality, or lossless PNG; grey unless
    /// the page carries colour (seal, signature, photo).</summary>
    public static (byte[] Bytes, bool IsJpeg) Encode(SKBitmap page, ScanProfile profile)
    {
        using var stored = profile.Colour ? page.Copy() : ToGrey(page);
        var format = profile.JpegQuality is null ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg;
        using var data = stored.Encode(format, profile.JpegQuality ?? 100);
        return (data.ToArray(), profile.JpegQuality is not null);
    }

    /// <summary>An image-only PDF: each page one A4 image at the scan's resolution, as scanners make them.</summary>
    public static void WritePdf(string path, IEnumerable<(byte[] Bytes, bool IsJpeg)> pages)
    {
        using var builder = new PdfDocumentBuilder();
        foreach (var (bytes, isJpeg) in pages) AddImagePage(builder, bytes, isJpeg);
        File.WriteAllBytes(path, builder.Build());
    }

    public static void AddImagePage(PdfDocumentBuilder builder, byte[] bytes, bool isJpeg)
    {
        var page = builder.AddPage(LetterRenderer.PageWidth, LetterRenderer.PageHeight);
        var placement = new PdfRectangle(0, 0, LetterRenderer.PageWidth, LetterRenderer.PageHeight);
        if (isJpeg) page.AddJpeg(bytes, placement);
        else page.AddPng(bytes, placement);
    }

    /// <summary>A baseline TIFF (uncompressed 8-bit grey), one image file directory per page.</summary>
    public static void WriteTiff(string path, IReadOnlyList<SKBitmap> pages, int dpi)
    {
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream);
        writer.Write("II*\0"u8);
        var nextDirectoryPointer = stream.Position;
        writer.Write(0u);
        foreach (var page in pages)
        {
            using var grey = ToGrey(page);
            var pixels = grey.GetPixelSpan().ToArray();
            var pixelOffset = (uint)stream.Position;
            writer.Write(pixels);
            if (stream.Position % 2 == 1) writer.Write((byte)0);
            var resolutionOffset = (uint)stream.Position;
            writer.Write((uint)dpi); writer.Write(1u);

            var directory = (uint)stream.Position;
            stream.Position = nextDirectoryPointer;
            writer.Write(directory);
            stream.Position = directory;
            (ushort Tag, ushort Type, uint Value)[] entries =
            [
                (256, 4, (uint)grey.Width), (257, 4, (uint)grey.Height), (258, 3, 8), (259, 3, 1), (262, 3, 1),
                (273, 4, pixelOffset), (277, 3, 1), (278, 4, (uint)grey.Height), (279, 4, (uint)pixels.Length),
                (282, 5, resolutionOffset), (283, 5, resolutionOffset), (296, 3, 2),
            ];
            writer.Write((ushort)entries.Length);
            foreach (var (tag, type, value) in entries)
            {
                writer.Write(tag); writer.Write(type); writer.Write(1u);
                if (type == 3) { writer.Write((ushort)value); writer.Write((ushort)0); }
                else writer.Write(value);
            }
            nextDirectoryPointer = stream.Position;
            writer.Write(0u);
        }
    }

    public static SKBitmap ToGrey(SKBitmap page)
    {
        var grey = new SKBitmap(page.Width, page.Height, SKColorType.Gray8, SKAlphaType.Opaque);
        using var canvas = new SKCanvas(grey);
        using var image = SKImage.FromBitmap(page);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        return grey;
    }
}
