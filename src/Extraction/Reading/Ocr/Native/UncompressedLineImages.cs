using System.Runtime.InteropServices;

namespace Extraction.Reading.Ocr.Native;

/// <summary>
/// Tesseract 5.3 hands every text line to its LSTM as an ImageData, which stores the line's image
/// PNG-encoded (ImageData::SetPixInternal calls pixWriteMem with IFF_PNG) and decodes it straight
/// back; deflating each line was a tenth of a page's recognition (perf, docs/ocr.md). libtesseract's
/// pixWriteMem is served by a function that writes Leptonica's uncompressed serialisation (spix)
/// where PNG is asked for; pixReadMem tells formats by their first bytes, so each line reads back
/// pixel for pixel the same.
/// </summary>
internal static unsafe class UncompressedLineImages
{
    private const int FormatPng = 3;
    private const int FormatSpix = 19;

    private static delegate* unmanaged<IntPtr, IntPtr, IntPtr, int, int> leptonicaWriteMem;

    /// <summary>The replacement for libtesseract's pixWriteMem; null when this Leptonica cannot
    /// round-trip the uncompressed format or libtesseract does not import it.</summary>
    public static IReadOnlyList<(string Symbol, IntPtr Replacement)>? Replacements(ImportTable tesseract, IntPtr leptonica)
    {
        if (!tesseract.Imports("pixWriteMem") || !NativeLibrary.TryGetExport(leptonica, "pixWriteMem", out var writeMem)) return null;
        leptonicaWriteMem = (delegate* unmanaged<IntPtr, IntPtr, IntPtr, int, int>)writeMem;
        if (!RoundTrips()) return null;
        delegate* unmanaged<IntPtr, IntPtr, IntPtr, int, int> replacement = &WriteMem;
        return [("pixWriteMem", (IntPtr)replacement)];
    }

    [UnmanagedCallersOnly]
    private static int WriteMem(IntPtr data, IntPtr size, IntPtr pix, int format) =>
        leptonicaWriteMem(data, size, pix, format == FormatPng ? FormatSpix : format);

    /// <summary>A small grey image written as spix starts with its magic and reads back the same size.</summary>
    private static bool RoundTrips()
    {
        using var image = Pix.OwnResult(LeptonicaApi.pixCreate(37, 11, 8), "allocate a test image");
        IntPtr data = IntPtr.Zero;
        nuint size = 0;
        if (leptonicaWriteMem((IntPtr)(&data), (IntPtr)(&size), image.Pointer, FormatSpix) != 0 || data == IntPtr.Zero) return false;
        try
        {
            var bytes = new ReadOnlySpan<byte>((void*)data, (int)size).ToArray();
            if (!bytes.AsSpan().StartsWith("spix"u8)) return false;
            using var back = Pix.Own(LeptonicaApi.pixReadMem(bytes, size));
            return back is { Width: 37, Height: 11, Depth: 8 };
        }
        finally
        {
            LeptonicaApi.lept_free(data);
        }
    }
}
