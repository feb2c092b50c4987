using System.Text.Json.Serialization;

namespace Extraction.Reading.Ocr;

/// <summary>One recognised word: its text, box in source-image pixels and confidence 0..1.</summary>
public sealed record OcrWord(string Text, Box Box, double Confidence)
{
    /// <summary>The word's characters with their boxes, on the image as recognised (before the boxes are
    /// mapped back to the received image): what finds a handwritten blank inside a word like "ngày0P".
    /// Empty once the page is finished.</summary>
    [JsonIgnore]
    public IReadOnlyList<OcrGlyph> Glyphs { get; init; } = [];
}

/// <summary>One recognised character (a grapheme: "à" is one) and its box.</summary>
public sealed record OcrGlyph(string Text, Box Box);

/// <summary>One recognised line of words in reading order.</summary>
public sealed record OcrLine(IReadOnlyList<OcrWord> Words, Box Box)
{
    [JsonIgnore]
    public string Text => string.Join(' ', Words.Select(w => w.Text));

    /// <summary>Mean word confidence weighted by word length, 0..1.</summary>
    [JsonIgnore]
    public double Confidence
    {
        get
        {
            var characters = Words.Sum(w => w.Text.Length);
            return characters == 0 ? 0 : Words.Sum(w => w.Confidence * w.Text.Length) / characters;
        }
    }
}

/// <summary>What the pipeline did to the page image before recognition: the resolution it took the
/// received image to have, the scale and clockwise quarter turns applied, and the skew removed.</summary>
public sealed record PagePreparation(int SourceResolution, double Scale, int QuarterTurns, double SkewDegrees);

/// <summary>
/// Everything one recognition pass produced for a page: lines in reading order with their words,
/// boxes in the pixels of the page image as it was received (before any rotation or scaling), so
/// ALTO and a searchable-PDF text layer can be placed on the original image later.
/// </summary>
public sealed record OcrPage(int Number, int Width, int Height, IReadOnlyList<OcrLine> Lines, PagePreparation Preparation)
{
    [JsonIgnore]
    public IEnumerable<OcrWord> Words => Lines.SelectMany(l => l.Words);

    public PageText ToPageText() => new(Number,
        [.. Lines.Select(l => new TextLine(l.Text, LineOrigin.Ocr, l.Confidence, l.Box))], Width, Height);
}
