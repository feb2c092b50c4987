using System.Diagnostics;
using Extraction.Archival;
using Extraction.Reading.Ocr;
using Extraction.Reading.Ocr.Native;

namespace Extraction.Benchmarks;

/// <summary>
/// libtesseract's own searchable-PDF and ALTO renderers (TessPDFRendererCreate, TessAltoRendererCreate,
/// TessResultRenderer*) on JPEG pages: they render what the engine holds, so each page is recognised by
/// them (whole page, psm 3, as given), then rendered. Times per page of the two steps, one thread.
/// </summary>
internal sealed class TesseractRenderers(OcrOptions options)
{
    public sealed record Timing(int Pages, TimeSpan Recognition, TimeSpan Rendering, long PdfBytes);

    public Timing Run(IReadOnlyList<string> letters, int maximumPages, string folder)
    {
        var api = TesseractApi.TessBaseAPICreate();
        if (TesseractApi.TessBaseAPIInit2(api, options.TessdataDirectory, options.Language, TesseractApi.OemLstmOnly) != 0)
            throw new InvalidOperationException("Tesseract did not start.");
        TesseractApi.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
        TesseractApi.TessBaseAPISetPageSegMode(api, TesseractApi.PsmAuto);
        var outputBase = Path.Combine(folder, "tesseract-rendered");
        var pdf = TesseractApi.TessPDFRendererCreate(outputBase, options.TessdataDirectory, textOnly: false);
        var alto = TesseractApi.TessAltoRendererCreate(outputBase);
        TimeSpan recognition = TimeSpan.Zero, rendering = TimeSpan.Zero;
        var pages = 0;
        try
        {
            foreach (var renderer in new[] { pdf, alto }) TesseractApi.TessResultRendererBeginDocument(renderer, "benchmark");
            foreach (var (jpeg, resolution) in JpegPages(letters).Take(maximumPages))
            {
                // The PDF renderer embeds a JPEG as it is only when it can read it from the input file.
                var file = Path.Combine(folder, $"page-{pages}.jpg");
                File.WriteAllBytes(file, jpeg);
                using var image = Pix.OwnResult(LeptonicaApi.pixReadMem(jpeg, (nuint)jpeg.Length), "decode the page");
                var watch = Stopwatch.StartNew();
                TesseractApi.TessBaseAPISetInputName(api, file);
                TesseractApi.TessBaseAPISetImage2(api, image.Pointer);
                TesseractApi.TessBaseAPISetSourceResolution(api, resolution);
                TesseractApi.TessBaseAPIRecognize(api, IntPtr.Zero);
                recognition += watch.Elapsed;
                watch.Restart();
                foreach (var renderer in new[] { pdf, alto }) TesseractApi.TessResultRendererAddImage(renderer, api);
                rendering += watch.Elapsed;
                pages++;
            }
            var finish = Stopwatch.StartNew();
            foreach (var renderer in new[] { pdf, alto }) TesseractApi.TessResultRendererEndDocument(renderer);
            rendering += finish.Elapsed;
        }
        finally
        {
            foreach (var renderer in new[] { pdf, alto }) TesseractApi.TessDeleteResultRenderer(renderer);
            TesseractApi.TessBaseAPIEnd(api);
            TesseractApi.TessBaseAPIDelete(api);
        }
        return new Timing(pages, recognition, rendering, new FileInfo(outputBase + ".pdf").Length);
    }

    private static IEnumerable<(byte[] Jpeg, int Resolution)> JpegPages(IReadOnlyList<string> letters)
    {
        foreach (var letter in letters)
        {
            var numbers = Enumerable.Range(1, Ocr.GeneratedScans.PageCount(letter)).ToList();
            foreach (var image in OriginalPageImages.Read(letter, numbers, 300).Where(i => i.Filter == PageImage.Jpeg))
                yield return (image.Data, PagePreprocessor.EffectiveResolution(image.Width, image.Height, 0));
        }
    }
}
