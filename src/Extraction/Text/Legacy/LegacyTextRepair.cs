using Extraction.Reading;
using Extraction.Records;

namespace Extraction.Text.Legacy;

/// <summary>Finds TCVN3 or VNI text in a read document (a plain text file, where no font names tell)
/// and converts it to Unicode, noting what was done.</summary>
public static class LegacyTextRepair
{
    public const string NoteCode = "legacy-encoding-converted";

    public static ReadDocument Repair(ReadDocument document)
    {
        var encoding = LegacyTextDetector.Detect(document.Pages.SelectMany(p => p.Lines).Select(l => l.Text));
        if (encoding is not { } found) return document;
        var pages = document.Pages
            .Select(p => p with { Lines = p.Lines.Select(l => l with { Text = LegacyTextConverter.Convert(l.Text, found) }).ToList() })
            .ToList();
        return new ReadDocument
        {
            MediaType = document.MediaType,
            Pages = pages,
            EmbeddedSignatures = document.EmbeddedSignatures,
            Notes = [.. document.Notes, Note(found)],
        };
    }

    public static RecordWarning Note(LegacyEncoding encoding) =>
        new(NoteCode, $"The text was written in the legacy {LegacyEncodings.DisplayName(encoding)} encoding and was converted to Unicode.");
}
