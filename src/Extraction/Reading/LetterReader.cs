using Extraction.Exchange;
using Extraction.Reading.Docx;
using Extraction.Reading.Pdf;
using Extraction.Records;
using Extraction.Text.Legacy;

namespace Extraction.Reading;

public sealed class LetterReaderOptions
{
    /// <summary>OCR for scanned pages and images; null when OCR is not wanted.</summary>
    public IPageRecognizer? Recognizer { get; init; }
    /// <summary>Files larger than this are refused with <see cref="ReadFailureKind.TooLarge"/>.</summary>
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;
}

/// <summary>The read stage: picks the reader by what the file really is and hands on its pages.</summary>
public sealed class LetterReader(LetterReaderOptions options)
{
    public ReadDocument Read(string path, CancellationToken cancellation = default)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new LetterReadException(ReadFailureKind.Unreadable, $"The file {info.Name} does not exist (moved or deleted before it was read).");
        if (info.Length > options.MaxFileBytes)
            throw new LetterReadException(ReadFailureKind.TooLarge,
                $"The file is {info.Length / (1024 * 1024)} MB, over the {options.MaxFileBytes / (1024 * 1024)} MB limit; split it or raise the limit.");

        var kind = FileSniffer.Detect(path);
        var document = kind switch
        {
            FileKind.Empty => throw new LetterReadException(ReadFailureKind.Empty, "The file is empty (0 bytes)."),
            FileKind.Text => LegacyTextRepair.Repair(TextFileReader.Instance.Read(path)),
            FileKind.Pdf => new PdfLetterReader(options.Recognizer).Read(path, cancellation),
            FileKind.Docx => DocxLetterReader.Instance.Read(path),
            FileKind.Png or FileKind.Jpeg or FileKind.Tiff => ImageReader.Read(path, kind, options.Recognizer, cancellation),
            FileKind.Edxml => new EdxmlLetterReader(Read, options.MaxFileBytes).Read(path, cancellation),
            FileKind.Zip => throw new LetterReadException(ReadFailureKind.UnsupportedType,
                "The file is a ZIP archive, not a letter; unpack it and drop the letters inside."),
            FileKind.Binary => throw new LetterReadException(ReadFailureKind.UnsupportedType,
                "The file is not a PDF, Word (.docx), image, text or edXML file; convert it to one of these."),
            _ => throw new LetterReadException(ReadFailureKind.UnsupportedType, $"No reader is installed for {FileSniffer.MediaTypeOf(kind)} files."),
        };
        return WithExtensionCheck(document, kind, info.Name);
    }

    private static ReadDocument WithExtensionCheck(ReadDocument document, FileKind kind, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var expected = FileSniffer.ExtensionsOf(kind);
        if (expected.Count == 0 || expected.Contains(extension)) return document;
        var note = new RecordWarning("file-extension-mismatch",
            $"The file is named '{fileName}' but its content is {FileSniffer.MediaTypeOf(kind)}; it was read as such.");
        return new ReadDocument
        {
            MediaType = document.MediaType,
            Pages = document.Pages,
            EmbeddedSignatures = document.EmbeddedSignatures,
            Notes = [.. document.Notes, note],
            Envelope = document.Envelope,
        };
    }
}
