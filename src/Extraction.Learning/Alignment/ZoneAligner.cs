using Extraction.Records;
using Extraction.Text;

namespace Extraction.Learning.Alignment;

/// <summary>
/// Labels every read line of a corpus letter with its zone by aligning the letter's gold record
/// with its lines: the closing first (anchored on the signer's name and "Nơi nhận"), then the
/// header before it, then the body in between. Matching is fuzzy on folded text, so the lines of
/// an OCR'd page align as well as those of a text file. These labels are what the line classifier
/// learns from; they never come from the rule segmenter.
/// </summary>
public static class ZoneAligner
{
    public static IReadOnlyList<string> Align(IReadOnlyList<Line> lines, LetterRecord gold)
    {
        var aligned = lines.Select(l => new AlignedLine(l)).ToList();
        var letter = new GoldLetter(gold);
        var labels = new string[lines.Count];
        var closingStart = new ClosingAligner(letter, aligned).Label(labels);
        var bodyStart = new FrontMatterAligner(letter, aligned).Label(labels, closingStart);
        new BodyAligner(letter, aligned).Label(labels, bodyStart, closingStart);
        return labels;
    }
}
