using System.Runtime.InteropServices;
using Extraction.Reading.Ocr.Native;

namespace Extraction.Reading.Ocr;

/// <summary>Loads libtesseract and Leptonica once, and says what is missing when they or the language data are not installed.</summary>
internal static class TesseractLibrary
{
    public const string InstallCommand = "apt-get install tesseract-ocr tesseract-ocr-vie";

    private static readonly Lazy<string?> LoadFailure = new(Load);

    /// <summary>Null when OCR can run with these options; otherwise what is missing and how to install it.</summary>
    public static string? UnavailableReason(OcrOptions options)
    {
        if (LoadFailure.Value is { } failure) return failure;
        foreach (var model in new[] { options.Language, "osd" })
        {
            var path = Path.Combine(options.TessdataDirectory, model + ".traineddata");
            if (!File.Exists(path))
                return $"OCR language data {path} is missing; install it with: {InstallCommand}";
        }
        return null;
    }

    private static string? Load()
    {
        // libgomp reads OMP_THREAD_LIMIT once, when it is loaded with libtesseract, and only from the
        // C environment. One thread per engine: several OpenMP threads per page fight on few cores.
        LibC.SetEnv("OMP_THREAD_LIMIT", "1", overwrite: 1);
        KeepPageBuffersInTheHeap();
        var handles = new List<IntPtr>();
        foreach (var library in new[] { LeptonicaApi.Library, TesseractApi.Library })
        {
            if (!NativeLibrary.TryLoad(library, typeof(TesseractLibrary).Assembly, null, out var handle))
                return $"Tesseract OCR is not installed ({library} not found); install it with: {InstallCommand}";
            handles.Add(handle);
        }
        TesseractShortcuts.Install(tesseract: handles[1], leptonica: handles[0]);
        return null;
    }

    // A page's images are tens of MB (a 300-DPI A4 page decoded as RGB is 35 MB). Above glibc's mmap
    // threshold (at most 32 MB) every such buffer was mapped fresh and faulted in page by page: 90 ms of
    // a page's 135 ms JPEG decode, and trimming the heaps after each page (to stop resident memory
    // keeping each pool thread's high-water mark) cost another 75 ms in re-faulting. Buffers up to 64 MB
    // now come from the heap and are reused; two arenas bound what the heaps keep whatever thread reads
    // the next page, and nothing is trimmed until 256 MB lie free (docs/ocr.md, speed).
    private static void KeepPageBuffersInTheHeap()
    {
        LibC.MallOpt(LibC.MmapThreshold, 64 << 20);
        LibC.MallOpt(LibC.TrimThreshold, 48 << 20);
        LibC.MallOpt(LibC.ArenaMax, 2);
    }
}
