using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Reading;

/// <summary>
/// A table that `pdftotext -layout` (or a clerk with the space bar) lays out in columns of spaces,
/// under a header row that starts with "TT"/"STT": each row, its wrapped cell lines gathered, becomes
/// one markdown row ("| 1 | Kiện toàn ... | Phòng Văn hóa - Xã hội | ... |"), as OCR-to-markdown tools
/// write tables, so the rest of the pipeline reads one kind of table. Spaces are collapsed later on,
/// and with them the columns, so this is done as the file is read.
/// </summary>
internal static partial class AlignedTextTables
{
    // A cell may start a little right of its header's start (centred numbers, ragged alignment).
    private const int Slack = 2;

    public static List<string> Unfold(IReadOnlyList<string> lines)
    {
        var result = new List<string>(lines.Count);
        var i = 0;
        while (i < lines.Count)
        {
            if (HeaderColumns(lines[i]) is not { } columns)
            {
                result.Add(lines[i++]);
                continue;
            }
            var (rows, end) = Rows(lines, i, columns);
            if (rows.Count < 2)
            {
                result.Add(lines[i++]);
                continue;
            }
            result.AddRange(rows.Select(cells => "| " + string.Join(" | ", cells.Select(c => c.Trim())) + " |"));
            i = end;
        }
        return result;
    }

    /// <summary>The start of each column of a header row ("TT    Nội dung    Đơn vị chủ trì ..."), or null.</summary>
    private static int[]? HeaderColumns(string line)
    {
        // Every line of every text letter comes by here: only one that opens with "TT" is cut into pieces.
        var opening = line.AsSpan().TrimStart();
        if (!opening.StartsWith("tt", StringComparison.OrdinalIgnoreCase) && !opening.StartsWith("stt", StringComparison.OrdinalIgnoreCase)) return null;
        var pieces = Pieces(line);
        if (pieces.Count < 3 || !NumberHeader().IsMatch(VietnameseText.FoldLower(pieces[0].Text))) return null;
        return [.. pieces.Select(p => p.Start)];
    }

    /// <summary>The header row and every numbered row with its wrapped lines, each as its cells; and the
    /// first line after the table. A blank line may fall between rows; a line whose text does not keep
    /// to the columns ends the table.</summary>
    private static (List<string[]> Rows, int End) Rows(IReadOnlyList<string> lines, int headerLine, int[] columns)
    {
        var rows = new List<string[]>();
        string[]? current = null;
        var end = headerLine;
        for (var i = headerLine; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                if (i + 1 < lines.Count && lines[i + 1].Trim().Length > 0 && Fits(Pieces(lines[i + 1]), columns)) continue;
                break;
            }
            var pieces = Pieces(lines[i]);
            if (!Fits(pieces, columns)) break;
            var startsRow = i == headerLine || pieces[0].Start < columns[1] - Slack && RowNumber().IsMatch(pieces[0].Text);
            if (startsRow)
            {
                current = new string[columns.Length];
                Array.Fill(current, "");
                rows.Add(current);
            }
            else if (pieces[0].Start < columns[1] - Slack) break; // text in the number column that is no number
            foreach (var piece in pieces)
            {
                var column = Column(piece.Start, columns);
                current![column] = current[column].Length == 0 ? piece.Text : current[column] + " " + piece.Text;
            }
            end = i + 1;
        }
        return (rows, end);
    }

    // Every piece starts at a column and ends before the next column's start.
    private static bool Fits(List<(int Start, string Text)> pieces, int[] columns) =>
        pieces.Count > 0 && pieces.All(p =>
        {
            var column = Column(p.Start, columns);
            return p.Start >= columns[0] - Slack && (column + 1 == columns.Length || p.Start + p.Text.Length <= columns[column + 1]);
        });

    private static int Column(int start, int[] columns)
    {
        var column = 0;
        while (column + 1 < columns.Length && columns[column + 1] <= start + Slack) column++;
        return column;
    }

    /// <summary>The runs of text of a line separated by two or more spaces, with where each starts.</summary>
    private static List<(int Start, string Text)> Pieces(string line) =>
        [.. Piece().Matches(line.Replace('\t', ' ')).Select(m => (m.Index, m.Value))];

    [GeneratedRegex(@"\S+(?: \S+)*")]
    private static partial Regex Piece();

    [GeneratedRegex(@"^s?tt\.?$")]
    private static partial Regex NumberHeader();

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex RowNumber();
}
