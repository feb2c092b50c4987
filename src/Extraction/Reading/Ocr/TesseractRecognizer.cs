using System.Collections.Concurrent;

namespace Extraction.Reading.Ocr;

/// <summary>
/// OCR with Tesseract 5 in-process: a pool of warm single-threaded engines, one per core, pages
/// recognised in parallel. When libtesseract or the Vietnamese data is missing nothing throws at
/// construction: <see cref="UnavailableReason"/> says what to install and recognition fails with
/// <see cref="ReadFailureKind.NeedsOcr"/>.
/// </summary>
public sealed class TesseractRecognizer : IPageRecognizer, IDisposable
{
    private readonly OcrOptions options;
    private readonly Lazy<TesseractEnginePool> pool;
    private readonly PageRecognizer pageRecognizer;

    public TesseractRecognizer(OcrOptions options)
    {
        this.options = options;
        UnavailableReason = TesseractLibrary.UnavailableReason(options);
        pool = new Lazy<TesseractEnginePool>(() => new TesseractEnginePool(options));
        pageRecognizer = new PageRecognizer(options);
    }

    /// <summary>The recognizer with the measured defaults and Debian's Vietnamese model.</summary>
    public static TesseractRecognizer CreateDefault() => new(new OcrOptions());

    public string? UnavailableReason { get; }

    public IReadOnlyList<OcrPage> RecognizePdf(string pdfPath, IReadOnlyList<int> pageNumbers, CancellationToken cancellation) =>
        RecognizeAll(() => new PdfPageImageSource(pdfPath, pageNumbers, options.WorkingResolution), pdfPath, pageNumbers.Count, cancellation);

    public IReadOnlyList<OcrPage> RecognizeImage(string imagePath, CancellationToken cancellation) =>
        RecognizeAll(() => new ImageFileSource(imagePath), imagePath, int.MaxValue, cancellation);

    // Each worker holds one engine and takes the next page from the shared source until none is left,
    // so at most one decoded page per engine is in memory whatever the length of the document.
    private List<OcrPage> RecognizeAll(Func<IPageImageSource> open, string path, int pageCount, CancellationToken cancellation)
    {
        if (UnavailableReason is not null) throw new LetterReadException(ReadFailureKind.NeedsOcr, UnavailableReason);
        using var source = open();
        var pages = new ConcurrentBag<OcrPage>();
        var workers = Math.Max(1, Math.Min(pool.Value.Size, pageCount));
        try
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellation }, _ =>
            {
                using var shortcuts = TesseractShortcuts.Hold();
                using var lease = pool.Value.Rent(cancellation);
                while (true)
                {
                    SourcePage? page;
                    lock (source) page = source.Next();
                    if (page is null) return;
                    using (page) pages.Add(RecognizePage(page, lease.Engine, path, cancellation));
                }
            });
        }
        catch (AggregateException failure) when (failure.InnerExceptions.FirstOrDefault(e => e is LetterReadException or OperationCanceledException) is { } first)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }
        return [.. pages.OrderBy(p => p.Number)];
    }

    private OcrPage RecognizePage(SourcePage page, TesseractEngine engine, string path, CancellationToken cancellation)
    {
        try
        {
            return pageRecognizer.Recognize(page, engine, cancellation);
        }
        catch (TimeoutException)
        {
            throw new LetterReadException(ReadFailureKind.Timeout,
                $"Page {page.Number} of {Path.GetFileName(path)} took over {options.PageTimeLimit.TotalSeconds:0} s to recognise; it is probably not text (a photo or a pattern).");
        }
    }

    public void Dispose()
    {
        if (pool.IsValueCreated) pool.Value.Dispose();
    }
}
