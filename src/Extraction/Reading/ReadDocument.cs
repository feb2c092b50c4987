using Extraction.Exchange;
using Extraction.Reading.Ocr;
using Extraction.Records;

namespace Extraction.Reading;

/// <summary>Where a line of text came from.</summary>
public enum LineOrigin
{
    /// <summary>A plain text, markdown or Word file.</summary>
    Text,
    /// <summary>A PDF text layer.</summary>
    PdfText,
    /// <summary>Optical character recognition of a page image.</summary>
    Ocr,
}

/// <summary>A rectangle on the page, origin top-left, in the page's own units (PDF points or image pixels).</summary>
public sealed record Box(double Left, double Top, double Width, double Height);

/// <summary>One line in reading order. Two header columns are two lines, never one merged line.</summary>
public sealed record TextLine(string Text, LineOrigin Origin, double? Confidence = null, Box? Box = null);

/// <summary>One page of a letter, lines in reading order, running headers and page numbers removed.</summary>
public sealed record PageText(int Number, IReadOnlyList<TextLine> Lines, double Width = 0, double Height = 0)
{
    public LineOrigin Origin => Lines.Count > 0 && Lines.All(l => l.Origin == Lines[0].Origin) ? Lines[0].Origin
        : Lines.Any(l => l.Origin == LineOrigin.Ocr) ? LineOrigin.Ocr : LineOrigin.PdfText;
}

/// <summary>What a reader hands on: the pages, plus what it found beside the text.</summary>
public sealed class ReadDocument
{
    public required string MediaType { get; init; }
    public required IReadOnlyList<PageText> Pages { get; init; }
    /// <summary>Signatures found in the file's structure (PDF signature dictionaries), not on the page.</summary>
    public IReadOnlyList<DigitalSignature> EmbeddedSignatures { get; init; } = [];
    /// <summary>Things the reader repaired or noticed that a clerk should know ("legacy TCVN3 text converted").</summary>
    public IReadOnlyList<RecordWarning> Notes { get; init; } = [];
    /// <summary>The pages read by OCR as the recognition pass left them: words with their boxes and confidence on
    /// the page image as received, from which the searchable PDF and ALTO are made. Empty for a digital letter.</summary>
    public IReadOnlyList<OcrPage> RecognisedPages { get; init; } = [];
    /// <summary>The header an edXML envelope declares for the letter, taken as given over what the text says.</summary>
    public EdxmlHeader? Envelope { get; init; }
}
