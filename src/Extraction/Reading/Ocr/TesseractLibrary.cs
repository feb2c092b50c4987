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
        foreach (var library in new[] { LeptonicaApi.Library, TesseractApi.Library })
        {
            if (!NativeLibrary.TryLoad(library, typeof(TesseractLibrary).Assembly, null, out _))
                return $"Tesseract OCR is not installed ({library} not found); install it with: {InstallCommand}";
        }
        return null;
    }
}
