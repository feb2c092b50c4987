namespace Extraction.Reading.Pdf;

/// <summary>
/// Puts the words of one page into lines in reading order. Official letters lay out the issuer and
/// the national motto, the number and the place-date, the distribution list and the signature as
/// two columns (a borderless Word table); body paragraphs run the full width. The page is cut into
/// runs of consecutive rows that share a vertical gutter, an x-range no word of the run crosses; a
/// run's left column is read first, then its right column. Rows outside any run are full-width lines.
/// </summary>
public sealed class ColumnLayout
{
    public static readonly ColumnLayout Instance = new();

    public IReadOnlyList<(string Text, Box Box)> Lines(IReadOnlyList<PlacedWord> words)
    {
        if (words.Count == 0) return [];
        var fontSize = Median(words.Select(w => w.FontSize));
        var rows = Rows(words, fontSize);
        var pitch = Median(rows.Zip(rows.Skip(1), (a, b) => b.Baseline - a.Baseline).Where(d => d > 0).DefaultIfEmpty(fontSize * 1.2));
        var minimumGutter = Math.Max(10, 1.5 * fontSize);

        var lines = new List<(string, Box)>();
        var i = 0;
        while (i < rows.Count)
        {
            var (count, gutter) = Run(rows, i, pitch, minimumGutter);
            // A body line just above a two-column block can share a gutter with the block's first row
            // only; it belongs to the body when the block read without it reaches further down.
            if (gutter is not null && FindGutter([rows[i]], minimumGutter) is null && i + 1 < rows.Count
                && Run(rows, i + 1, pitch, minimumGutter) is { Gutter: not null } next && next.Count > count - 1)
                gutter = null;
            if (gutter is { } g) lines.AddRange(ColumnLines(rows.GetRange(i, count), g));
            else lines.Add(Joined(rows[i].Chunks));
            i += gutter is null ? 1 : count;
        }
        return lines;
    }

    // The longest run of rows from the first that keeps a gutter, and that gutter (null when even the
    // first two rows share none: the first row is then a full-width line). Once a gutter is found, a
    // row may narrow it down to a third of the width needed to find it (a long subject line that runs
    // close under the motto), as long as it stays where it was.
    private static (int Count, Gutter? Gutter) Run(List<Row> rows, int first, double pitch, double minimumGutter)
    {
        var count = 1;
        var gutter = FindGutter([rows[first]], minimumGutter);
        for (var j = first + 1; j < rows.Count; j++)
        {
            if (StartsNewBlock(rows[j], rows[j - 1], gutter, pitch)) break;
            var narrowed = FindGutter(rows.GetRange(first, j - first + 1), gutter is null ? minimumGutter : minimumGutter / 3);
            if (narrowed is not { } n || (gutter is { } g && (n.Right <= g.Left || n.Left >= g.Right))) break;
            count++;
            gutter = narrowed;
        }
        return (count, gutter);
    }

    private sealed record Row(double Baseline, IReadOnlyList<PlacedWord> Chunks);

    private readonly record struct Gutter(double Left, double Right)
    {
        public double Middle => (Left + Right) / 2;
    }

    // After a blank stretch, only a row wholly in the right column (the signer's name below the space
    // left for the signature) continues a two-column run; anything else starts afresh.
    private static bool StartsNewBlock(Row row, Row previous, Gutter? gutter, double pitch)
    {
        if (row.Baseline - previous.Baseline <= 2 * pitch) return false;
        return gutter is not { } g || row.Chunks[0].Left < g.Middle;
    }

    private static List<Row> Rows(IReadOnlyList<PlacedWord> words, double fontSize)
    {
        var rows = new List<List<PlacedWord>>();
        foreach (var word in words.OrderBy(w => w.Baseline))
        {
            var current = rows.Count > 0 ? rows[^1] : null;
            if (current is not null && word.Baseline - current[0].Baseline <= 0.35 * Math.Max(fontSize, word.FontSize)) current.Add(word);
            else rows.Add([word]);
        }
        return rows.Select(r => new Row(r[0].Baseline, Chunks(r.OrderBy(w => w.Left).ToList()))).ToList();
    }

    // Words of a row closer than about a space apart form one chunk. A piece that starts with "/"
    // continues the number on its left across the blank left for a handwritten number
    // ("Số: 2280         /QĐ-UBND"), so it is never cut there.
    private static List<PlacedWord> Chunks(List<PlacedWord> row)
    {
        var chunks = new List<PlacedWord>();
        var current = new List<PlacedWord> { row[0] };
        foreach (var word in row.Skip(1))
        {
            var gap = word.Left - current[^1].Right;
            if (gap < 0.6 * Math.Max(word.FontSize, current[^1].FontSize) || word.Text.StartsWith('/')) current.Add(word);
            else
            {
                chunks.Add(PlacedWord.Merge(current));
                current = [word];
            }
        }
        chunks.Add(PlacedWord.Merge(current));
        return chunks;
    }

    // The widest x-range inside the rows' extent that no chunk crosses, if it is wide enough.
    private static Gutter? FindGutter(IReadOnlyList<Row> rows, double minimumWidth)
    {
        Gutter? best = null;
        var reach = double.NegativeInfinity;
        foreach (var chunk in rows.SelectMany(r => r.Chunks).OrderBy(c => c.Left))
        {
            if (!double.IsNegativeInfinity(reach) && chunk.Left - reach >= minimumWidth && chunk.Left - reach > (best?.Right - best?.Left ?? 0))
                best = new Gutter(reach, chunk.Left);
            reach = Math.Max(reach, chunk.Right);
        }
        return best;
    }

    private static IEnumerable<(string, Box)> ColumnLines(IReadOnlyList<Row> run, Gutter gutter)
    {
        var left = run.Select(r => r.Chunks.Where(c => c.Right <= gutter.Middle).ToList()).Where(c => c.Count > 0);
        var right = run.Select(r => r.Chunks.Where(c => c.Left >= gutter.Middle).ToList()).Where(c => c.Count > 0);
        return left.Concat(right).Select(Joined);
    }

    private static (string, Box) Joined(IReadOnlyList<PlacedWord> chunks)
    {
        var merged = PlacedWord.Merge(chunks);
        return (merged.Text, merged.ToBox());
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
