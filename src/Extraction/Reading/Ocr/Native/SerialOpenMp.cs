using System.Runtime.InteropServices;

namespace Extraction.Reading.Ocr.Native;

/// <summary>
/// libtesseract's OpenMP entry points served by libextraction-serial-openmp.so (serial_openmp.c, built
/// with the project): each region's body runs once on the calling thread, as in a Tesseract built
/// without OpenMP, instead of libgomp starting and waking a one-thread team per LSTM time step.
/// </summary>
internal static class SerialOpenMp
{
    public const string LibraryFile = "libextraction-serial-openmp.so";

    // Those called inside a region come first, so they are in place before any region opens through the shim.
    private static readonly string[] EntryPoints = ["GOMP_sections_next", "GOMP_sections_end_nowait", "GOMP_parallel_sections", "GOMP_parallel"];

    /// <summary>The shim's functions for libtesseract's OpenMP imports; null when the shim was not built
    /// (no C compiler) or libtesseract does not import exactly these.</summary>
    public static IReadOnlyList<(string Symbol, IntPtr Replacement)>? Replacements(ImportTable tesseract)
    {
        var path = Path.Combine(AppContext.BaseDirectory, LibraryFile);
        if (!File.Exists(path) || !NativeLibrary.TryLoad(path, out var shim)) return null;
        var replacements = new List<(string, IntPtr)>();
        foreach (var entryPoint in EntryPoints)
        {
            if (!tesseract.Imports(entryPoint) || !NativeLibrary.TryGetExport(shim, entryPoint, out var function)) return null;
            replacements.Add((entryPoint, function));
        }
        return replacements;
    }
}
