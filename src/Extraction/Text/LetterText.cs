using Extraction.Reading;

namespace Extraction.Text;

/// <summary>One clean line of the letter, with where it was read.</summary>
/// <param name="Index">0-based position in the whole letter.</param>
/// <param name="PageLine">1-based line number on its page, in reading order, counting only non-empty lines.</param>
public sealed record Line(int Index, string Text, int Page, int PageLine, LineOrigin Origin, double? Confidence = null, Box? Box = null);

/// <summary>The letter's text after normalisation: NFC, markup removed, blank lines dropped.</summary>
public sealed class LetterText(IReadOnlyList<Line> lines)
{
    public IReadOnlyList<Line> Lines { get; } = lines;

    public static LetterText FromLines(IEnumerable<string> lines) => TextNormalizer.Instance.Normalize(
        new ReadDocument { MediaType = "text/plain", Pages = [new PageText(1, lines.Select(l => new TextLine(l, LineOrigin.Text)).ToList())] });

    public static LetterText FromString(string text) => FromLines(text.ReplaceLineEndings("\n").Split('\n'));
}
