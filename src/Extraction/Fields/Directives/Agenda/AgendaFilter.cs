using System.Globalization;
using Extraction.Text;

namespace Extraction.Fields.Directives.Agenda;

/// <summary>Which rows a clerk asked for: an assignee (matched whatever the diacritics, tone
/// placement or abbreviation: "so noi vu", "Sở Nội vụ", "UBND" and "Ủy ban nhân dân" all match),
/// and a window of due dates, both ends included. A due window keeps only rows with a deadline.</summary>
public sealed record AgendaFilter(string? Assignee = null, DateOnly? DueOnOrBefore = null, DateOnly? DueOnOrAfter = null)
{
    private static readonly (string Short, string Full)[] Abbreviations =
        [("ubnd", "uy ban nhan dan"), ("hdnd", "hoi dong nhan dan"), ("mttq", "mat tran to quoc"), ("tp", "thanh pho")];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];

    public bool Keeps(AgendaRow row)
    {
        if (Assignee is { Length: > 0 } wanted && !row.Assignees.Append(row.Assignee).Any(a => Matches(a, wanted))) return false;
        if (DueOnOrBefore is null && DueOnOrAfter is null) return true;
        if (row.DueDate is not { } due) return false;
        return (DueOnOrBefore is not { } last || due <= last) && (DueOnOrAfter is not { } first || due >= first);
    }

    /// <summary>Reads "2024-06-30" or the Vietnamese "30/6/2024"; null when it is neither.</summary>
    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static bool Matches(string assignee, string wanted) => Key(assignee).Contains(Key(wanted), StringComparison.Ordinal);

    private static string Key(string text)
    {
        var words = VietnameseText.FoldedKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimChars(",;:.()"))
            .Select(w => Abbreviations.FirstOrDefault(a => a.Short == w).Full ?? w);
        return " " + string.Join(' ', words) + " ";
    }
}
