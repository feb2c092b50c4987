using Extraction.Records;
using Extraction.Text.Legacy;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Extraction.Reading.Pdf;

/// <summary>
/// Reads a PDF: the text layer of each page in reading order (<see cref="ColumnLayout"/>), the text of
/// e-signature stamps, the signature dictionaries; pages that are scanned images go to OCR in one call.
/// Every failure becomes a <see cref="LetterReadException"/> with a reason a person can act on.
/// </summary>
public sealed class PdfLetterReader(IPageRecognizer? recognizer)
{
    public const string MediaType = "application/pdf";

    public ReadDocument Read(string path, CancellationToken cancellation = default)
    {
        using var document = Open(path);
        if (document.NumberOfPages == 0) throw new LetterReadException(ReadFailureKind.Corrupt, "The PDF has no pages.");
        document.AddPageFactory<WidgetAppearanceText, WidgetAppearancePageFactory>();

        var legacyFound = new HashSet<LegacyEncoding>();
        var notes = new List<RecordWarning>();
        var textPages = new List<PageText>();
        var stamps = new List<IReadOnlyList<TextLine>>();
        var scanned = new List<int>();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellation.ThrowIfCancellationRequested();
            var page = Guarded(() => document.GetPage(number), $"Page {number} of the PDF is damaged and could not be read.");
            var (stampLines, filledIn) = SplitWidgets(WidgetBlocks(document, number, notes));
            var words = Guarded(() => PdfWords.Of(page, legacyFound), $"The text of page {number} of the PDF could not be decoded.");
            var textLines = ColumnLayout.Instance.Lines([.. words, .. filledIn])
                .Select(l => new TextLine(l.Text, LineOrigin.PdfText, null, l.Box))
                .ToList();
            if (ScannedPageDetector.NeedsOcr(page, textLines.Select(l => l.Text))) scanned.Add(number);
            textPages.Add(new PageText(number, textLines, page.Width, page.Height));
            stamps.Add(stampLines);
        }

        var pages = PageFurniture.Remove(textPages);
        var recognised = Recognize(path, scanned, cancellation);
        var textOfScans = recognised.ToDictionary(p => p.Number, p => p.ToPageText());
        var finished = pages.Select((page, i) => textOfScans.TryGetValue(page.Number, out var ocr)
                ? WithStamps(ocr with { Number = page.Number, Lines = [.. StampLinesOf(page), .. ocr.Lines] }, stamps[i], onTop: true)
                : WithStamps(page, stamps[i], onTop: false))
            .ToList();

        notes.AddRange(legacyFound.Order().Select(LegacyTextRepair.Note));
        return new ReadDocument
        {
            MediaType = MediaType,
            Pages = finished,
            EmbeddedSignatures = Guarded(() => PdfSignatureDictionaries.Read(document), "The PDF's signature fields are damaged."),
            Notes = notes,
            RecognisedPages = recognised,
        };
    }

    private static PdfDocument Open(string path)
    {
        try
        {
            return PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new LetterReadException(ReadFailureKind.Encrypted,
                "The PDF is password-protected; open it with its password and save an unprotected copy (or print it to PDF).", e);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new LetterReadException(ReadFailureKind.Corrupt,
                "The PDF is damaged or incomplete (perhaps cut short while copying) and could not be opened; get the file again from its sender.", e);
        }
    }

    // PdfPig reports damaged content with many exception types; each becomes one plain sentence.
    private static T Guarded<T>(Func<T> read, string reason)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException and not LetterReadException)
        {
            throw new LetterReadException(ReadFailureKind.Corrupt, reason, e);
        }
    }

    private static IReadOnlyList<WidgetTextBlock> WidgetBlocks(PdfDocument document, int number, List<RecordWarning> notes)
    {
        try
        {
            return document.GetPage<WidgetAppearanceText>(number).Blocks;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            notes.Add(new RecordWarning("signature-stamp-unreadable", $"The e-signature stamp text on page {number} could not be read."));
            return [];
        }
    }

    // A widget whose text reads as an e-signature stamp stays a block of its own lines; any other widget
    // text (the number and day an e-office system fills into the blanks) joins the page's words where it is drawn.
    private static (IReadOnlyList<TextLine> Stamps, IReadOnlyList<PlacedWord> FilledIn) SplitWidgets(IReadOnlyList<WidgetTextBlock> blocks)
    {
        var stamps = new List<TextLine>();
        var filledIn = new List<PlacedWord>();
        foreach (var block in blocks.OrderBy(b => b.Box.Top))
        {
            var lines = ColumnLayout.Instance.Lines(block.Words);
            if (lines.Any(l => SignatureStampText.IsStampLine(l.Text)))
                stamps.AddRange(lines.Select(l => new TextLine(l.Text, LineOrigin.PdfText, null, block.Box)));
            else filledIn.AddRange(block.Words.Select(w => w with { FilledIn = true }));
        }
        return (stamps, filledIn);
    }

    private IReadOnlyList<Ocr.OcrPage> Recognize(string path, IReadOnlyList<int> pages, CancellationToken cancellation)
    {
        if (pages.Count == 0) return [];
        var which = pages.Count == 1 ? $"Page {pages[0]} is" : $"Pages {string.Join(", ", pages)} are";
        if (recognizer is null)
            throw new LetterReadException(ReadFailureKind.NeedsOcr,
                $"{which} a scanned image without a text layer and OCR is not set up: install tesseract-ocr and tesseract-ocr-vie (apt-get install tesseract-ocr tesseract-ocr-vie) and enable OCR.");
        if (recognizer.UnavailableReason is { } reason)
            throw new LetterReadException(ReadFailureKind.NeedsOcr, $"{which} a scanned image without a text layer and OCR is unavailable: {reason}");
        return recognizer.RecognizePdf(path, pages, cancellation);
    }

    // A scanned page's text layer holds at most a stamp laid over the image; its stamp lines are kept beside the OCR text.
    private static IEnumerable<TextLine> StampLinesOf(PageText textLayer) => textLayer.Lines.Where(l => SignatureStampText.IsStampLine(l.Text));

    // Stamp lines are their own lines: on a text page each block goes before the first line below its top;
    // on a recognised page (whose boxes are image pixels) they go first.
    private static PageText WithStamps(PageText page, IReadOnlyList<TextLine> stampLines, bool onTop)
    {
        if (stampLines.Count == 0) return page;
        if (onTop) return page with { Lines = [.. stampLines, .. page.Lines] };
        var lines = page.Lines.ToList();
        foreach (var block in stampLines.GroupBy(l => l.Box).Reverse())
        {
            var top = block.Key?.Top ?? 0;
            var at = lines.FindIndex(l => l.Box is { } box && box.Top >= top);
            lines.InsertRange(at < 0 ? lines.Count : at, block);
        }
        return page with { Lines = lines };
    }
}
