namespace Extraction.Reading;

/// <summary>Reads a scanned letter stored as an image file (PNG, JPEG, multi-page TIFF) through OCR.</summary>
public static class ImageReader
{
    public static ReadDocument Read(string path, FileKind kind, IPageRecognizer? recognizer, CancellationToken cancellation)
    {
        if (recognizer is null)
            throw new LetterReadException(ReadFailureKind.NeedsOcr, "The file is a scanned image and OCR is turned off; run with OCR to read it.");
        if (recognizer.UnavailableReason is { } reason) throw new LetterReadException(ReadFailureKind.NeedsOcr, reason);
        var recognised = recognizer.RecognizeImage(path, cancellation);
        return new ReadDocument { MediaType = FileSniffer.MediaTypeOf(kind), Pages = [.. recognised.Select(p => p.ToPageText())], RecognisedPages = recognised };
    }
}
