using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Llm.Prompting;

/// <summary>A run of a letter's lines sent in one request.</summary>
public sealed record LetterChunk(int Index, int Count, IReadOnlyList<Line> Lines);

/// <summary>
/// Cuts a letter into parts that fit a token budget, on zone boundaries: the header, the subject, the
/// body, the signature block stay whole where they fit, so the model sees each field's lines together.
/// Only a single zone longer than the whole budget (a very long body) is cut between its lines.
/// </summary>
public static class LetterChunker
{
    /// <summary>The least room a part is given, however much the instructions and fields take.</summary>
    public const int MinimumBudget = 512;

    public static IReadOnlyList<LetterChunk> Split(SegmentedLetter letter, int budgetTokens)
    {
        var parts = new List<List<Line>>();
        var current = new List<Line>();
        var used = 0;
        foreach (var block in ZoneBlocks(letter))
        {
            var cost = block.Sum(l => Cost(letter, l));
            if (used + cost > budgetTokens && current.Count > 0)
            {
                parts.Add(current);
                (current, used) = ([], 0);
            }
            foreach (var line in block)
            {
                var lineCost = Cost(letter, line);
                if (used + lineCost > budgetTokens && current.Count > 0)
                {
                    parts.Add(current);
                    (current, used) = ([], 0);
                }
                current.Add(line);
                used += lineCost;
            }
        }
        if (current.Count > 0) parts.Add(current);
        return parts.Select((lines, i) => new LetterChunk(i, parts.Count, lines)).ToList();
    }

    private static int Cost(SegmentedLetter letter, Line line) => TokenEstimate.Of(LetterLines.Format(line, letter.ZoneOf(line))) + 1;

    /// <summary>Consecutive lines of the same zone.</summary>
    private static IEnumerable<List<Line>> ZoneBlocks(SegmentedLetter letter)
    {
        var block = new List<Line>();
        foreach (var line in letter.Lines)
        {
            if (block.Count > 0 && letter.ZoneOf(block[^1]) != letter.ZoneOf(line))
            {
                yield return block;
                block = [];
            }
            block.Add(line);
        }
        if (block.Count > 0) yield return block;
    }
}
