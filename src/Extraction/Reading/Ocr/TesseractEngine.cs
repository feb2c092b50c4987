using System.Diagnostics;
using Extraction.Reading.Ocr.Native;

namespace Extraction.Reading.Ocr;

/// <summary>
/// One warm Tesseract instance. Not thread-safe: the pool hands it to one thread at a time.
/// Recognition runs on the calling thread only (OpenMP is limited to one thread per process).
/// </summary>
internal sealed class TesseractEngine : IDisposable
{
    private readonly IntPtr handle;
    private readonly OcrOptions options;
    private readonly IntPtr monitor;
    // Kept in a field so the collector never frees the callback while native code holds it.
    private readonly TesseractApi.CancelFunc cancelCallback;
    private IntPtr orientationHandle;
    private Stopwatch pageClock = new();
    private CancellationToken cancellation;
    private bool timedOut;

    private TesseractEngine(IntPtr handle, OcrOptions options)
    {
        this.handle = handle;
        this.options = options;
        cancelCallback = ShouldStop;
        monitor = TesseractApi.TessMonitorCreate();
        TesseractApi.TessMonitorSetCancelFunc(monitor, cancelCallback);
    }

    public static TesseractEngine Start(OcrOptions options)
    {
        var handle = TesseractApi.TessBaseAPICreate();
        if (TesseractApi.TessBaseAPIInit2(handle, options.TessdataDirectory, options.Language, TesseractApi.OemLstmOnly) != 0)
        {
            TesseractApi.TessBaseAPIDelete(handle);
            throw new InvalidOperationException(
                $"Tesseract could not load the '{options.Language}' model from {options.TessdataDirectory}; install it with: {TesseractLibrary.InstallCommand}");
        }
        // Debug output off: Tesseract otherwise prints "Estimating resolution" notes to stderr.
        TesseractApi.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        return new TesseractEngine(handle, options);
    }

    /// <summary>Recognises the regions of the image one after another, each as an auto-segmented block,
    /// and returns their lines in region order with boxes in the image's pixels.</summary>
    public IReadOnlyList<OcrLine> Recognize(Pix image, int resolution, IReadOnlyList<PixelRect> regions, CancellationToken cancellation)
    {
        this.cancellation = cancellation;
        pageClock = Stopwatch.StartNew();
        timedOut = false;
        var lines = new List<OcrLine>();
        try
        {
            TesseractApi.TessBaseAPISetPageSegMode(handle, TesseractApi.PsmAuto);
            foreach (var region in regions)
            {
                // Each region is cut out rather than set with TessBaseAPISetRectangle: Tesseract 5.3 reads
                // the lines of a full-width rectangle from the whole image (BestPix), so they come out garbled.
                using var part = image.Clip(region.Left, region.Top, region.Width, region.Height);
                TesseractApi.TessBaseAPISetImage2(handle, part.Pointer);
                TesseractApi.TessBaseAPISetSourceResolution(handle, resolution);
                TesseractApi.TessBaseAPIRecognize(handle, monitor);
                cancellation.ThrowIfCancellationRequested();
                if (timedOut) throw new TimeoutException($"recognition took over {options.PageTimeLimit.TotalSeconds:0} s");
                lines.AddRange(ReadLines(region.Left, region.Top));
            }
        }
        finally
        {
            TesseractApi.TessBaseAPIClear(handle);
        }
        return lines;
    }

    /// <summary>The text of a small image read as one uniform block (psm 6), and Tesseract's mean confidence 0..1.</summary>
    public (string Text, double Confidence) RecognizeBlock(Pix image, int resolution)
    {
        try
        {
            TesseractApi.TessBaseAPISetPageSegMode(handle, TesseractApi.PsmSingleBlock);
            TesseractApi.TessBaseAPISetImage2(handle, image.Pointer);
            TesseractApi.TessBaseAPISetSourceResolution(handle, resolution);
            var text = TesseractApi.TakeText(TesseractApi.TessBaseAPIGetUTF8Text(handle));
            return (text.Normalize(System.Text.NormalizationForm.FormC), TesseractApi.TessBaseAPIMeanTextConf(handle) / 100.0);
        }
        finally
        {
            TesseractApi.TessBaseAPIClear(handle);
        }
    }

    /// <summary>How many clockwise quarter turns the page image is rotated by, when the orientation
    /// model is confident; null when it cannot tell.</summary>
    public int? DetectQuarterTurns(Pix image, int resolution, double minimumConfidence)
    {
        if (orientationHandle == IntPtr.Zero)
        {
            orientationHandle = TesseractApi.TessBaseAPICreate();
            if (TesseractApi.TessBaseAPIInit2(orientationHandle, options.TessdataDirectory, "osd", TesseractApi.OemTesseractOnly) != 0)
                throw new InvalidOperationException($"Tesseract could not load osd.traineddata from {options.TessdataDirectory}.");
            TesseractApi.TessBaseAPISetVariable(orientationHandle, "debug_file", "/dev/null");
            TesseractApi.TessBaseAPISetPageSegMode(orientationHandle, TesseractApi.PsmOsdOnly);
        }
        try
        {
            TesseractApi.TessBaseAPISetImage2(orientationHandle, image.Pointer);
            TesseractApi.TessBaseAPISetSourceResolution(orientationHandle, resolution);
            var found = TesseractApi.TessBaseAPIDetectOrientationScript(orientationHandle, out var degrees, out var confidence, out _, out _);
            return found && confidence >= minimumConfidence ? degrees / 90 % 4 : null;
        }
        finally
        {
            TesseractApi.TessBaseAPIClear(orientationHandle);
        }
    }

    private List<OcrLine> ReadLines(int offsetX, int offsetY)
    {
        var lines = new List<OcrLine>();
        var iterator = TesseractApi.TessBaseAPIGetIterator(handle);
        if (iterator == IntPtr.Zero) return lines;
        try
        {
            var pageIterator = TesseractApi.TessResultIteratorGetPageIterator(iterator);
            var words = new List<OcrWord>();
            do
            {
                if (TesseractApi.TessPageIteratorIsAtBeginningOf(pageIterator, TesseractApi.LevelTextLine)) Flush(words, lines);
                var text = TesseractApi.TakeText(TesseractApi.TessResultIteratorGetUTF8Text(iterator, TesseractApi.LevelWord)).Trim();
                if (text.Length == 0) continue;
                if (!TesseractApi.TessPageIteratorBoundingBox(pageIterator, TesseractApi.LevelWord, out var left, out var top, out var right, out var bottom)) continue;
                var confidence = TesseractApi.TessResultIteratorConfidence(iterator, TesseractApi.LevelWord) / 100.0;
                words.Add(new OcrWord(text.Normalize(System.Text.NormalizationForm.FormC), new Box(left + offsetX, top + offsetY, right - left, bottom - top), Math.Clamp(confidence, 0, 1))
                {
                    Glyphs = ReadGlyphs(iterator, offsetX, offsetY),
                });
            }
            while (TesseractApi.TessResultIteratorNext(iterator, TesseractApi.LevelWord));
            Flush(words, lines);
        }
        finally
        {
            TesseractApi.TessResultIteratorDelete(iterator);
        }
        return lines;
    }

    /// <summary>The symbols of the word the iterator is on, walked with a copy so the word loop is not moved.</summary>
    private static OcrGlyph[] ReadGlyphs(IntPtr wordIterator, int offsetX, int offsetY)
    {
        var glyphs = new List<OcrGlyph>();
        var iterator = TesseractApi.TessResultIteratorCopy(wordIterator);
        try
        {
            var pageIterator = TesseractApi.TessResultIteratorGetPageIterator(iterator);
            do
            {
                var text = TesseractApi.TakeText(TesseractApi.TessResultIteratorGetUTF8Text(iterator, TesseractApi.LevelSymbol));
                if (text.Length > 0 && TesseractApi.TessPageIteratorBoundingBox(pageIterator, TesseractApi.LevelSymbol, out var left, out var top, out var right, out var bottom))
                    glyphs.Add(new OcrGlyph(text.Normalize(System.Text.NormalizationForm.FormC), new Box(left + offsetX, top + offsetY, right - left, bottom - top)));
            }
            while (!TesseractApi.TessPageIteratorIsAtFinalElement(pageIterator, TesseractApi.LevelWord, TesseractApi.LevelSymbol)
                && TesseractApi.TessResultIteratorNext(iterator, TesseractApi.LevelSymbol));
        }
        finally
        {
            TesseractApi.TessResultIteratorDelete(iterator);
        }
        return [.. glyphs];
    }

    private static void Flush(List<OcrWord> words, List<OcrLine> lines)
    {
        if (words.Count == 0) return;
        lines.Add(new OcrLine([.. words], BoxGeometry.Union(words.Select(w => w.Box))));
        words.Clear();
    }

    private bool ShouldStop(IntPtr cancelThis, int words)
    {
        if (pageClock.Elapsed > options.PageTimeLimit) timedOut = true;
        return timedOut || cancellation.IsCancellationRequested;
    }

    public void Dispose()
    {
        TesseractApi.TessMonitorDelete(monitor);
        foreach (var api in new[] { handle, orientationHandle })
        {
            if (api == IntPtr.Zero) continue;
            TesseractApi.TessBaseAPIEnd(api);
            TesseractApi.TessBaseAPIDelete(api);
        }
    }
}
