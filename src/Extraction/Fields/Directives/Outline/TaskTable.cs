using System.Text.RegularExpressions;
using Extraction.Fields.Directives.Vocabulary;
using Extraction.Text;

namespace Extraction.Fields.Directives.Outline;

/// <summary>A plan's table of tasks, one row per task, as OCR-to-markdown tools and the Word reader
/// give it: "| 1 | Tiêm phòng ... | Chi cục Chăn nuôi và Thú y | ... | Quý II/2024 |" under a header
/// row with a lead-body column ("Đơn vị chủ trì", "Cơ quan thực hiện", "Người thực hiện"). Each row is unfolded into the
/// lines a plan writes for an activity ("1. Tiêm phòng ...", "- Đơn vị chủ trì: Chi cục ...",
/// "- Thời gian hoàn thành: Quý II/2024"), so the finders read it like any other item. Tables
/// without a lead-body column (figures, lists of members) are left as they are.</summary>
internal static partial class TaskTable
{
    public static IReadOnlyList<Line> Unfold(IReadOnlyList<Line> lines)
    {
        if (!lines.Any(l => l.Text.StartsWith('|'))) return lines;
        var result = new List<Line>(lines.Count);
        string[]? header = null;
        foreach (var line in lines)
        {
            var cells = Cells(line.Text);
            if (cells is null)
            {
                header = null;
                result.Add(line);
            }
            else if (header is not null)
            {
                if (!IsRule(cells)) result.AddRange(RowLines(line, header, cells));
            }
            else if (HasLeadColumn(cells)) header = cells;
            else result.Add(line);
        }
        return result;
    }

    /// <summary>The cells of a "| a | b | c |" row of three or more cells, or null.</summary>
    private static string[]? Cells(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '|' || trimmed[^1] != '|') return null;
        var cells = trimmed[1..^1].Split('|').Select(c => c.Trim()).ToArray();
        return cells.Length >= 3 ? cells : null;
    }

    private static bool IsRule(string[] cells) => cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':' or ' '));

    private static bool HasLeadColumn(string[] cells) => cells.Any(c => Kind(c) == Column.Lead);

    private static IEnumerable<Line> RowLines(Line row, string[] header, string[] cells)
    {
        var kinds = header.Select(Kind).ToArray();
        var content = Array.FindIndex(kinds, k => k == Column.Content);
        if (content < 0) content = Array.FindIndex(kinds, k => k is Column.Other or Column.Time);
        var number = Array.FindIndex(kinds, k => k == Column.Number);
        var label = number >= 0 && number < cells.Length && cells[number].All(char.IsDigit) && cells[number].Length > 0 ? cells[number] + "." : "-";
        var title = content >= 0 && content < cells.Length ? cells[content] : "";
        yield return row with { Text = $"{label} {Sentence(title)}".Trim() };
        for (var c = 0; c < Math.Min(header.Length, cells.Length); c++)
        {
            if (c == content || c == number || cells[c].Length == 0 || header[c].Length == 0) continue;
            // In a table of tasks the bare "Thời gian" of a row is when that task is due.
            var name = kinds[c] == Column.Time ? "Thời hạn" : header[c];
            yield return row with { Text = $"- {name}: {Sentence(cells[c])}" };
        }
    }

    private static string Sentence(string cell) => cell.Length == 0 || cell[^1] is '.' or ';' ? cell : cell + ".";

    private enum Column { Number, Lead, Content, Time, Other }

    [GeneratedRegex(@"\b" + LeadBodyLabel.Holder + @"\b.*\b" + LeadBodyLabel.Role + @"\b")]
    private static partial Regex LeadColumn();

    private static Column Kind(string headerCell)
    {
        var folded = VietnameseText.FoldLower(headerCell).Trim(' ', '.', ':');
        if (folded is "tt" or "stt" or "so tt" or "so thu tu") return Column.Number;
        if (folded is "thoi gian") return Column.Time;
        if (LeadColumn().IsMatch(folded)) return Column.Lead;
        if (folded.Contains("noi dung", StringComparison.Ordinal) || folded.StartsWith("nhiem vu", StringComparison.Ordinal)
            || folded.Contains("cong viec", StringComparison.Ordinal) || folded.StartsWith("hoat dong", StringComparison.Ordinal))
            return Column.Content;
        return Column.Other;
    }
}
