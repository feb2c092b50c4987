using Extraction.Reading;
using Extraction.Text;

namespace Extraction.Fields.Directives.Outline;

/// <summary>The body column's usual line: its left and right edges when the reader gave boxes,
/// else its usual length in characters. Percentiles, not extremes, so a stray wide line
/// (a table row, a stamp) does not set the measure. A text or Word file gives one paragraph per
/// line, unless its lines are wrapped at a fixed width like a page's.</summary>
internal sealed class ColumnLayout
{
    private const double ShortLineRatio = 0.78;
    private const double IndentRatio = 0.03;

    private readonly double _left, _right, _usualLength;
    private readonly bool _hasBoxes;

    private ColumnLayout(bool hasBoxes, double left, double right, double usualLength, bool paragraphPerLine)
    {
        (_hasBoxes, _left, _right, _usualLength, _paragraphPerLine) = (hasBoxes, left, right, usualLength, paragraphPerLine);
    }

    private readonly bool _paragraphPerLine;

    public static ColumnLayout Measure(IReadOnlyList<Line> lines)
    {
        var lengths = lines.Select(l => (double)l.Text.Length).ToList();
        var usual = Percentile(lengths, 0.9);
        var perLine = lines.All(l => l.Origin == LineOrigin.Text) && !LooksWrapped(lengths);
        var boxed = lines.Where(l => l.Box is { Width: > 0 }).ToList();
        if (boxed.Count < lines.Count * 0.8 || boxed.Count < 3) return new ColumnLayout(false, 0, 0, usual, perLine);
        var left = Percentile(boxed.Select(l => l.Box!.Left).ToList(), 0.1);
        var right = Percentile(boxed.Select(l => l.Box!.Left + l.Box.Width).ToList(), 0.9);
        return right > left ? new ColumnLayout(true, left, right, usual, perLine) : new ColumnLayout(false, 0, 0, usual, perLine);
    }

    /// <summary>A wrapped text file (OCR output saved as text) has no long line: its full lines
    /// stop at the page width, while a file with one paragraph per line has many lines longer.</summary>
    private static bool LooksWrapped(List<double> lengths)
    {
        var full = lengths.Where(l => l >= 40).ToList();
        return full.Count >= 8 && full.Count(l => l <= 110) >= 0.85 * full.Count;
    }

    public bool IsShort(Line line)
    {
        if (_paragraphPerLine) return true;
        if (_hasBoxes && line.Box is { Width: > 0 } box)
            return box.Left + box.Width - _left < ShortLineRatio * (_right - _left);
        return line.Text.Length < ShortLineRatio * _usualLength;
    }

    /// <summary>A first-line indent, measured against the lines around it on the same page rather
    /// than the page margin: a skewed scan drifts by more than an indent from top to bottom.</summary>
    public bool IsIndented(Line? previous, Line line, Line? next)
    {
        if (!_hasBoxes || line.Box is not { Width: > 0 } box) return false;
        var indent = IndentRatio * (_right - _left);
        var neighbours = new[] { previous, next }.Where(n => n?.Page == line.Page && n.Box is { Width: > 0 }).ToList();
        return neighbours.Count > 0 && neighbours.All(n => box.Left - n!.Box!.Left > indent);
    }

    private static double Percentile(List<double> values, double share)
    {
        if (values.Count == 0) return 0;
        values.Sort();
        return values[(int)Math.Min(values.Count - 1, Math.Floor(share * values.Count))];
    }
}
