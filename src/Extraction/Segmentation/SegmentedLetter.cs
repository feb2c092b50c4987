using Extraction.Text;

namespace Extraction.Segmentation;

/// <summary>A letter's lines, each with its zone. Header lines that merged two columns are
/// already split, so every line has one zone.</summary>
public sealed class SegmentedLetter
{
    private readonly string?[] _folded;
    private readonly IReadOnlyList<string>? _lineDeciders;

    /// <param name="lineDeciders">Which component gave each line its zone ("rules" or "model"); null when one gave them all.</param>
    public SegmentedLetter(IReadOnlyList<Line> lines, IReadOnlyList<Zone> zones, string decidedBy = "rules", string?[]? folded = null,
        IReadOnlyList<string>? lineDeciders = null)
    {
        if (lines.Count != zones.Count) throw new ArgumentException("One zone per line.", nameof(zones));
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Index != i) throw new ArgumentException("Line.Index must be the line's position.", nameof(lines));
        Lines = lines;
        Zones = zones;
        if (lineDeciders is not null && lineDeciders.Count != lines.Count) throw new ArgumentException("One decider per line.", nameof(lineDeciders));
        DecidedBy = decidedBy;
        _lineDeciders = lineDeciders;
        _folded = folded is { Length: var n } && n == lines.Count ? folded : new string?[lines.Count];
    }

    public IReadOnlyList<Line> Lines { get; }
    public IReadOnlyList<Zone> Zones { get; }
    /// <summary>"rules" or "model": which segmenter labelled the lines ("model" when the learned one changed any).</summary>
    public string DecidedBy { get; }

    /// <summary>Which component gave this line its zone.</summary>
    public string DecidedByOf(Line line) => _lineDeciders?[line.Index] ?? DecidedBy;

    public IReadOnlyList<Line> In(Zone zone) => Lines.Where((_, i) => Zones[i] == zone).ToList();

    /// <summary>The line folded to lower case without diacritics (computed once per line), the form line shapes match on.</summary>
    public string Folded(Line line) => _folded[line.Index] ??= VietnameseText.FoldLower(line.Text);

    /// <summary>Lines are indexed by their position here (<see cref="Line.Index"/>), so a split header line gets indices of its own.</summary>
    public Zone ZoneOf(Line line) => Zones[line.Index];
}
