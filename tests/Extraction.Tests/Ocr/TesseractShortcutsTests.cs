using Extraction.Reading.Ocr;
using Extraction.Reading.Ocr.Native;
using Extraction.ScanGenerator;

namespace Extraction.Tests.Ocr;

/// <summary>The work skipped in libtesseract (PNG line images, libgomp's one-thread teams) is skipped
/// here, and skipping it changes nothing a page reads.</summary>
[Collection("ocr")]
public sealed class TesseractShortcutsTests(OcrFixture ocr)
{
    [Fact]
    public void BothShortcutsAreInstalledWithDebiansTesseract()
    {
        Assert.Null(ocr.Recognizer.UnavailableReason);
        Assert.Equal(["uncompressed line images", "serial OpenMP"], TesseractShortcuts.Installed);
    }

    [Fact]
    public void APageReadsTheSameWithAndWithoutTheShortcuts()
    {
        var profile = ScanProfile.Degraded200;
        using var scan = OcrFixture.Scan("hg-cv-454-2011", profile);
        var path = ocr.WriteImage("shortcuts.jpg", scan.Pages[0], profile);

        var shortcut = Assert.Single(ocr.Recognizer.RecognizeImage(path, CancellationToken.None));
        OcrPage own;
        TesseractShortcuts.Use(false);
        try
        {
            own = Assert.Single(ocr.Recognizer.RecognizeImage(path, CancellationToken.None));
        }
        finally
        {
            TesseractShortcuts.Use(true);
        }

        Assert.True(shortcut.Words.Count() > 100);
        Assert.Equal(Describe(own), Describe(shortcut));
    }

    [Fact]
    public void TheImportSlotsAreReadFromTheLibraryFile()
    {
        var library = new[] { "/usr/lib/x86_64-linux-gnu/libtesseract.so.5", "/lib/x86_64-linux-gnu/libtesseract.so.5" }.First(File.Exists);

        var slots = ImportTable.ReadSlots(File.ReadAllBytes(library));

        Assert.NotNull(slots);
        foreach (var symbol in new[] { "pixWriteMem", "GOMP_parallel", "GOMP_parallel_sections", "GOMP_sections_next", "GOMP_sections_end_nowait" })
            Assert.True(slots.ContainsKey(symbol), symbol);
        Assert.Equal(slots.Count, slots.Values.Distinct().Count());
        Assert.Null(ImportTable.ReadSlots("not a shared library, just text"u8));
    }

    private static List<string> Describe(OcrPage page) =>
        [.. page.Words.Select(w => $"{w.Text} {w.Box} {w.Confidence:0.000}")];
}
