using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Reading;

/// <summary>
/// OCR-to-markdown tools set a letter's two-column header and its "Nơi nhận" / signer block as a
/// two-column table ("| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI ... |", a cell's lines joined with "&lt;br&gt;").
/// Such a table is read as the page is: its left column top to bottom, then its right. Other tables
/// (tasks, figures) are left as they are.
/// </summary>
internal static partial class MarkdownLayoutTables
{
    public static List<string> Unfold(IReadOnlyList<string> lines)
    {
        var result = new List<string>(lines.Count);
        var i = 0;
        while (i < lines.Count)
        {
            if (TwoCells(lines[i]) is null)
            {
                result.Add(lines[i++]);
                continue;
            }
            var end = i;
            var rows = new List<string[]>();
            for (; end < lines.Count && TwoCells(lines[end]) is { } cells; end++)
                if (!cells.All(IsRule)) rows.Add(cells);
            if (IsLayout(rows))
                for (var column = 0; column < 2; column++) result.AddRange(rows.SelectMany(row => CellLines(row[column])));
            else
                result.AddRange(lines.Skip(i).Take(end - i));
            i = end;
        }
        return result;
    }

    private static string[]? TwoCells(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length < 3 || trimmed[0] != '|' || trimmed[^1] != '|') return null;
        var cells = trimmed[1..^1].Split('|');
        return cells.Length == 2 ? [.. cells.Select(c => c.Trim())] : null;
    }

    private static bool IsRule(string cell) => cell.Length > 0 && cell.All(c => c is '-' or ':' or ' ');

    private static bool IsLayout(List<string[]> rows) =>
        rows.SelectMany(r => r).Any(cell => LineBreak().IsMatch(cell) || LayoutMarker().IsMatch(VietnameseText.FoldLower(cell.Replace("*", ""))));

    private static IEnumerable<string> CellLines(string cell) =>
        LineBreak().Split(cell).Select(l => l.Trim()).Where(l => l.Length > 0);

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    // The motto, the number, the distribution list and the signer's authority mark a letter's layout.
    [GeneratedRegex(@"cong hoa xa hoi|doc lap\s*-|dang cong san viet nam|^\s*so\s*:|noi nhan|^\s*(?:tm|kt|tl|q|t/m)\.")]
    private static partial Regex LayoutMarker();
}
