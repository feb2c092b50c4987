using Extraction.Fields.Directives;
using Extraction.Fields.Directives.Outline;
using Extraction.Reading;
using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Tests.Fields.Directives;

/// <summary>Builds letters whose lines are all body, from excerpts of the corpus letters, until
/// the segmenter decides the zones.</summary>
internal static class BodyLetter
{
    public static SegmentedLetter From(LineOrigin origin, params string[] lines)
    {
        var body = lines.Select(TextNormalizer.CleanLine).Where(l => l.Length > 0)
            .Select((text, i) => new Line(i, text, 1, i + 1, origin)).ToList();
        return new SegmentedLetter(body, body.Select(_ => Zone.Body).ToList());
    }

    /// <summary>A text file: one paragraph per line.</summary>
    public static SegmentedLetter Text(params string[] lines) => From(LineOrigin.Text, lines);

    /// <summary>A PDF text layer: paragraphs wrapped over several lines.</summary>
    public static SegmentedLetter Pdf(params string[] lines) => From(LineOrigin.PdfText, lines);

    public static BodyOutline Outline(SegmentedLetter letter) => BodyOutline.Parse(letter.In(Zone.Body));

    public static LetterRecord Extract(SegmentedLetter letter, string? issuedDate, string? issuer = null, string? documentType = "Công văn")
    {
        var record = new LetterRecord { IssuedDate = issuedDate, Issuer = issuer, DocumentType = documentType };
        new DirectivesExtractor().Extract(letter, record);
        return record;
    }

    /// <summary>One paragraph of text, as the finders see it.</summary>
    public static Paragraph Paragraph(string text) =>
        new(text, [new Line(0, text, 1, 1, LineOrigin.Text)]);
}
