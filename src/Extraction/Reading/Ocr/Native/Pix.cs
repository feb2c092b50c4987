using System.Runtime.InteropServices;

namespace Extraction.Reading.Ocr.Native;

/// <summary>An owned Leptonica image; destroyed when disposed.</summary>
internal sealed class Pix : SafeHandle
{
    private Pix(IntPtr pointer) : base(IntPtr.Zero, ownsHandle: true) => SetHandle(pointer);

    public override bool IsInvalid => handle == IntPtr.Zero;

    public IntPtr Pointer => handle;
    public int Width => LeptonicaApi.pixGetWidth(handle);
    public int Height => LeptonicaApi.pixGetHeight(handle);
    public int Depth => LeptonicaApi.pixGetDepth(handle);
    public int Resolution => LeptonicaApi.pixGetXRes(handle);

    /// <summary>Takes ownership of a pointer Leptonica returned; null when Leptonica failed.</summary>
    public static Pix? Own(IntPtr pointer) => pointer == IntPtr.Zero ? null : new Pix(pointer);

    /// <summary>Takes ownership of the result of an operation that must not fail on a valid image.</summary>
    public static Pix OwnResult(IntPtr pointer, string operation) =>
        Own(pointer) ?? throw new InvalidOperationException($"Leptonica could not {operation}.");

    /// <summary>A copy of a rectangle of the image.</summary>
    public Pix Clip(int left, int top, int width, int height)
    {
        var box = LeptonicaApi.boxCreate(left, top, width, height);
        try { return OwnResult(LeptonicaApi.pixClipRectangle(handle, box, IntPtr.Zero), "cut out a region of the page"); }
        finally { LeptonicaApi.boxDestroy(ref box); }
    }

    /// <summary>An image from raw 8-bit samples, grey (one component) or RGB (three), rows top to bottom.</summary>
    public static Pix FromSamples(ReadOnlySpan<byte> samples, int width, int height, int components)
    {
        var depth = components == 1 ? 8 : 32;
        var pix = OwnResult(LeptonicaApi.pixCreate(width, height, depth), "allocate a page image");
        var wordsPerLine = LeptonicaApi.pixGetWpl(pix.handle);
        var data = LeptonicaApi.pixGetData(pix.handle);
        var words = new int[wordsPerLine];
        for (var y = 0; y < height; y++)
        {
            var row = samples.Slice(y * width * components, width * components);
            Array.Clear(words);
            for (var x = 0; x < width; x++)
            {
                if (components == 1) words[x >> 2] |= row[x] << (24 - 8 * (x & 3));
                else words[x] = row[3 * x] << 24 | row[3 * x + 1] << 16 | row[3 * x + 2] << 8;
            }
            Marshal.Copy(words, 0, data + y * wordsPerLine * sizeof(int), wordsPerLine);
        }
        return pix;
    }

    /// <summary>The pixels of an 8-bit image, one byte per pixel, rows top to bottom.</summary>
    public byte[] CopyGreyPixels()
    {
        if (Depth != 8) throw new InvalidOperationException($"Expected an 8-bit grey image, got {Depth} bits per pixel.");
        int width = Width, height = Height;
        var words = CopyWords(out var wordsPerLine);
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var row = y * wordsPerLine;
            for (var x = 0; x < width; x++)
            {
                // Leptonica packs four 8-bit pixels per 32-bit word, the first pixel in the most significant byte.
                pixels[y * width + x] = (byte)(words[row + (x >> 2)] >> (24 - 8 * (x & 3)));
            }
        }
        return pixels;
    }

    /// <summary>The image data as Leptonica holds it: rows of 32-bit words, the first pixel in the most significant bits.</summary>
    public int[] CopyWords(out int wordsPerLine)
    {
        wordsPerLine = LeptonicaApi.pixGetWpl(handle);
        var words = new int[wordsPerLine * Height];
        Marshal.Copy(LeptonicaApi.pixGetData(handle), words, 0, words.Length);
        return words;
    }

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        LeptonicaApi.pixDestroy(ref pointer);
        return true;
    }
}
