using Extraction.Reading;
using Extraction.Records;

namespace Extraction.Exchange;

/// <summary>The read stage for an .edxml file: the attached letter is read by the reader for its own
/// kind, and the envelope's header travels with the pages to be taken as given, so a letter that
/// arrived electronically is never re-read for what its sender already declared. An attached scan that
/// cannot be read here (no OCR) still gives the declared header, with a note saying the body was not read.</summary>
public sealed class EdxmlLetterReader(Func<string, CancellationToken, ReadDocument> readLetter, long maxLetterBytes)
{
    public ReadDocument Read(string path, CancellationToken cancellation = default)
    {
        var message = EdxmlParser.Parse(path);
        var letter = message.Attachments.FirstOrDefault()?.Unzipped(maxLetterBytes)
            ?? throw new LetterReadException(ReadFailureKind.Empty,
                "The edXML envelope carries no attached document, so there is no letter to read; ask the sender for the message with its attachment.");
        var folder = Directory.CreateTempSubdirectory("extraction-edxml-");
        try
        {
            var file = Path.Combine(folder.FullName, SafeFileName(letter.Name));
            File.WriteAllBytes(file, letter.Content);
            ReadDocument document;
            try
            {
                document = readLetter(file, cancellation);
            }
            catch (LetterReadException e) when (e.Kind == ReadFailureKind.NeedsOcr)
            {
                return new ReadDocument
                {
                    MediaType = Edxml.MediaType,
                    Pages = [],
                    Notes = [new RecordWarning(AttachmentNotReadCode,
                        $"The edXML header is taken as given, but the attached '{letter.Name}' was not read, so its tasks and deadlines are missing: {e.Message}")],
                    Envelope = message.Header,
                };
            }
            return new ReadDocument
            {
                MediaType = Edxml.MediaType,
                Pages = document.Pages,
                EmbeddedSignatures = document.EmbeddedSignatures,
                Notes = document.Notes,
                Envelope = message.Header,
            };
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public const string AttachmentNotReadCode = "edxml-attachment-not-read";

    private static string SafeFileName(string name)
    {
        var file = Path.GetFileName(name);
        foreach (var invalid in Path.GetInvalidFileNameChars()) file = file.Replace(invalid, '_');
        return file.Length == 0 || file.StartsWith('.') ? "letter" + file : file;
    }
}
