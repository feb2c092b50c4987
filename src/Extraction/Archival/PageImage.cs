using System.IO.Compression;
using Extraction.Reading.Ocr.Native;

namespace Extraction.Archival;

/// <summary>
/// A page image as a PDF image XObject holds it: a JPEG exactly as it was received (DCTDecode), or
/// the decoded samples compressed losslessly (FlateDecode), so what a viewer shows is the original.
/// </summary>
internal sealed record PageImage(int Width, int Height, int Components, int BitsPerComponent, string Filter, byte[] Data)
{
    public const string Jpeg = "DCTDecode";
    public const string Flate = "FlateDecode";

    // REMOVE_CMAP_BASED_ON_SRC: grey when the colour map is grey, RGB otherwise.
    private const int ColourMapBySource = 4;

    public string ColourSpace => Components switch { 1 => "/DeviceGray", 4 => "/DeviceCMYK", _ => "/DeviceRGB" };

    public static PageImage FromJpeg(byte[] jpeg)
    {
        var header = JpegHeader.Read(jpeg);
        return new PageImage(header.Width, header.Height, header.Components, 8, Jpeg, jpeg);
    }

    /// <summary>The decoded pixels of an image that was not a JPEG, in the fewest bits that keep every pixel: bilevel
    /// as 1 bit, grey as 8, colour as 8-bit RGB (a fax page PdfPig decodes to RGB goes back to 1 bit).</summary>
    public static PageImage FromPixels(Pix image)
    {
        if (LeptonicaApi.pixGetColormap(image.Pointer) != IntPtr.Zero)
        {
            using var withoutMap = Pix.OwnResult(LeptonicaApi.pixRemoveColormap(image.Pointer, ColourMapBySource), "remove the colour map");
            return FromPixels(withoutMap);
        }
        switch (image.Depth)
        {
            case 1: return Compressed(image, 1, 1, Bilevel(image));
            case 8: return Grey(image, image.CopyGreyPixels());
            case 32: return Rgb(image) is var rgb && GreyOf(rgb) is { } equalChannels ? Grey(image, equalChannels) : Compressed(image, 3, 8, rgb);
            default:
                using (var grey = Pix.OwnResult(LeptonicaApi.pixConvertTo8(image.Pointer, 0), "convert the page to grey"))
                    return FromPixels(grey);
        }
    }

    private static PageImage Grey(Pix image, byte[] grey) =>
        grey.All(g => g is 0 or 255) ? Compressed(image, 1, 1, Packed(grey, image.Width, image.Height)) : Compressed(image, 1, 8, grey);

    /// <summary>The grey samples of RGB samples whose three channels are equal everywhere; null for a colour image.</summary>
    private static byte[]? GreyOf(byte[] rgb)
    {
        var grey = new byte[rgb.Length / 3];
        for (var i = 0; i < grey.Length; i++)
        {
            var red = rgb[3 * i];
            if (rgb[3 * i + 1] != red || rgb[3 * i + 2] != red) return null;
            grey[i] = red;
        }
        return grey;
    }

    // Black (0) and white (255) samples as rows of whole bytes, first pixel in the high bit, 1 for white.
    private static byte[] Packed(byte[] grey, int width, int height)
    {
        var rowBytes = (width + 7) / 8;
        var samples = new byte[rowBytes * height];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                if (grey[y * width + x] != 0) samples[y * rowBytes + x / 8] |= (byte)(0x80 >> (x % 8));
        return samples;
    }

    private static PageImage Compressed(Pix image, int components, int bits, byte[] samples)
    {
        using var buffer = new MemoryStream(samples.Length / 4);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) zlib.Write(samples);
        return new PageImage(image.Width, image.Height, components, bits, Flate, buffer.ToArray());
    }

    // Leptonica's 1 is ink; a PDF's 1-bit DeviceGray 1 is white. Rows are whole bytes, first pixel in the high bit.
    private static byte[] Bilevel(Pix image)
    {
        var words = image.CopyWords(out var wordsPerLine);
        var rowBytes = (image.Width + 7) / 8;
        var samples = new byte[rowBytes * image.Height];
        for (var y = 0; y < image.Height; y++)
            for (var i = 0; i < rowBytes; i++)
                samples[y * rowBytes + i] = (byte)~(words[y * wordsPerLine + i / 4] >> (24 - 8 * (i % 4)));
        return samples;
    }

    private static byte[] Rgb(Pix image)
    {
        var words = image.CopyWords(out var wordsPerLine);
        int width = image.Width, height = image.Height;
        var samples = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var pixel = words[y * wordsPerLine + x];
                var at = 3 * (y * width + x);
                samples[at] = (byte)(pixel >> 24);
                samples[at + 1] = (byte)(pixel >> 16);
                samples[at + 2] = (byte)(pixel >> 8);
            }
        }
        return samples;
    }
}
