using System.Text.RegularExpressions;

namespace Extraction.Fields.Directives.Targets;

/// <summary>What the words around a percentage say about it: its comparator ("trên" &gt;,
/// "tối thiểu"/"ít nhất"/"từ ... trở lên"/"không thấp hơn" &gt;=, "dưới" &lt;, "không quá"/"tối đa"
/// &lt;=, the signs "≥", "&gt;=", "≤", "&lt;", bare "đạt" =), its kind (a level, or an increase/decrease by so much), and where the
/// words that lead up to the number begin ("đạt tỷ lệ tối thiểu 70%").</summary>
internal static partial class TargetComparators
{
    public sealed record Reading(string Kind, string Comparator, int LeadStart, bool SaysRate);

    /// <param name="folded">The folded paragraph.</param>
    /// <param name="number">Where the number starts.</param>
    /// <param name="end">Just after the "%" sign.</param>
    public static Reading Read(string folded, int number, int end)
    {
        var windowStart = Math.Max(0, number - 60);
        var before = folded[windowStart..number];
        var after = folded[end..Math.Min(folded.Length, end + 20)];
        var lead = Lead().Match(before);
        var comparator = lead.Groups["cmp"].Success ? ComparatorOf(lead.Groups["cmp"].Value) : "=";
        if (UpwardsAfter().IsMatch(after)) comparator = ">=";
        else if (DownwardsAfter().IsMatch(after)) comparator = "<=";
        var change = lead.Groups["change"].Success ? lead.Groups["change"].Value : GrowthRate(before);
        var kind = change switch { "tang" => "increase", "giam" => "decrease", _ => "level" };
        return new Reading(kind, comparator, windowStart + lead.Index, lead.Groups["rate"].Success);
    }

    /// <summary>"Tốc độ tăng trưởng GRDP đạt trên 8,5%": a rate of growth (or of fall) named in the same
    /// clause makes the figure an increase (a decrease), though no "tăng" stands by the number.</summary>
    private static string? GrowthRate(string before)
    {
        var clause = before[(before.LastIndexOfAny(['.', ';']) + 1)..];
        return GrowthWords().Match(clause) is { Success: true } m ? (m.Groups["change"].Success ? m.Groups["change"].Value : "tang") : null;
    }

    [GeneratedRegex(@"\btoc do (?<change>tang|giam)\b|\btang truong\b")]
    private static partial Regex GrowthWords();

    private static string ComparatorOf(string words) => words switch
    {
        "khong thap hon" or "khong duoi" or "toi thieu" or "it nhat" or "tu" => ">=",
        "khong qua" or "khong vuot qua" or "toi da" => "<=",
        "tren" or "hon" or "cao hon" or "vuot" => ">",
        "duoi" or "thap hon" => "<",
        "≥" or ">=" or "=>" => ">=",
        "≤" or "<=" or "=<" => "<=",
        ">" => ">",
        "<" => "<",
        _ => "=",
    };

    // Read backwards from the number: [đạt|tăng|giảm] [tỷ lệ] [comparator] [là|mức] NUMBER.
    [GeneratedRegex(@"(?:\b(?<change>tang|giam)(?:\s+them)?\s+|\b(?:dat|phan dau dat)\s+)?(?:\b(?<rate>ty le|ti le)\s+)?(?:\b(?<cmp>khong thap hon|khong duoi|toi thieu|it nhat|khong vuot qua|khong qua|toi da|cao hon|thap hon|tren|hon|vuot|duoi|tu)\s+|(?<cmp>≥|≤|>=|<=|=>|=<|>|<)\s*)?(?:(?:la|muc|o muc)\s+)?$")]
    private static partial Regex Lead();

    [GeneratedRegex(@"^\s*tro\s+len\b")]
    private static partial Regex UpwardsAfter();

    [GeneratedRegex(@"^\s*tro\s+xuong\b")]
    private static partial Regex DownwardsAfter();
}
