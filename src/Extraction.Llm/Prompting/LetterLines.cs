using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Llm.Prompting;

/// <summary>How a letter's lines are shown to the model: "page:line [Zone] text", so that an answer
/// can cite the line it read a value from, and that citation becomes the value's provenance.</summary>
public static class LetterLines
{
    public static string Format(Line line, Zone zone) => $"{line.Page}:{line.PageLine} [{zone}] {line.Text}";

    /// <summary>A part's lines as sent, each masked by the letter's redactor.</summary>
    public static string Format(SegmentedLetter letter, LetterChunk chunk, Redactor redactor) =>
        string.Join('\n', chunk.Lines.Select(l => Format(l with { Text = redactor.Mask(l.Text, letter.ZoneOf(l)) }, letter.ZoneOf(l))));

    /// <summary>The line an answer cites, when it was among the lines sent.</summary>
    public static Line? Cited(LetterChunk chunk, int page, int pageLine) =>
        chunk.Lines.FirstOrDefault(l => l.Page == page && l.PageLine == pageLine);
}
