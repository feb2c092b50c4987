using System.Text;
using System.Text.RegularExpressions;
using Extraction.Records;
using Extraction.Text;

namespace Extraction.Search.Analysis;

/// <summary>
/// Document codes ("05/CT-TTg", "45/2020/NĐ-CP", "1010/UBND-KSTT") are matched whole, as keywords:
/// a tokenizer would split them into "05 | ct | ttg" and find every letter citing any Chỉ thị.
/// The key ignores case, spaces and diacritics, so "45/2020/nd-cp" and "45 / 2020 / NĐ-CP" meet.
/// </summary>
public static partial class DocumentCode
{
    /// <summary>The letter's own code, "62/BCĐCCHC&amp;CĐS", or "/UBND-NV" when the number was left blank.</summary>
    public static string? Of(LetterRecord record) =>
        record.Notation is null ? record.Number : $"{record.Number}/{record.Notation}";

    public static string Key(string code)
    {
        var folded = VietnameseText.Fold(code);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>The codes typed in a query, with where they stand, so the rest can be read as words.
    /// A date ("05/6/2023") has the shape of a code but is not one.</summary>
    public static IReadOnlyList<Match> FindIn(string query) =>
        CodePattern().Matches(query).Where(m => !DatePattern().IsMatch(m.Value)).ToList();

    // A number (optional: "/UBND-NV" has none), a slash, then parts joined by "/" or "-";
    // spaces around the joints are tolerated ("05 / CT - TTg").
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:\p{N}+\s*)?/\s*[\p{L}\p{N}&.]+(?:\s*[/-]\s*[\p{L}\p{N}&.]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^\d{1,2}\s*/\s*\d{1,2}(\s*/\s*\d{2,4})?$")]
    private static partial Regex DatePattern();
}
