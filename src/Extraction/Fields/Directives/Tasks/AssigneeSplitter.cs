using System.Text.RegularExpressions;
using Extraction.Fields.Directives.Outline;
using Extraction.Fields.Directives.Vocabulary;

namespace Extraction.Fields.Directives.Tasks;

/// <summary>Splits an assignee heading into the bodies it names. Commas separate bodies only when
/// a new body name follows ("Các cơ quan chuyên môn, đơn vị sự nghiệp, UBND các phường"); the
/// commas inside a department's name ("Sở Văn hóa, Thể thao và Du lịch") and inside a shared
/// title ("Thủ trưởng cơ quan, ban ngành") stay. A title shared over a list is written out for
/// each: "Trưởng phòng Nội vụ, Tư pháp" → "Trưởng phòng Nội vụ", "Trưởng phòng Tư pháp";
/// "Giám đốc các Sở: Tài chính, Xây dựng" → "Giám đốc Sở Tài chính", "Giám đốc Sở Xây dựng".</summary>
internal static partial class AssigneeSplitter
{
    private const char Protected = '\u0001';

    // Department names that hold a comma themselves.
    private static readonly string[] CommaNames =
    [
        "Văn hóa, Thể thao và Du lịch", "Văn hóa, Khoa học và Thông tin", "Văn hóa, Thông tin và Thể thao",
        "Văn hóa, Thông tin, Thể thao và Du lịch", "Lao động, Thương binh và Xã hội", "Khoa học, Công nghệ và Môi trường",
        "Văn hóa - Xã hội", "Kinh tế - Ngân sách",
    ];

    public static List<string> Split(string assignee)
    {
        var work = ProtectCommaNames(assignee);
        var bodies = new List<string>();
        foreach (var part in work.Split(';'))
            foreach (var body in SplitAtNewBodies(part))
                bodies.AddRange(ExpandSharedTitle(body));
        return bodies
            .Select(b => AssigneeReader.Clean(b.Replace(Protected, ',')))
            .Where(b => b.Length > 1)
            .Distinct()
            .ToList();
    }

    private static string ProtectCommaNames(string text)
    {
        foreach (var name in CommaNames)
        {
            var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                text = text[..at] + name.Replace(',', Protected) + text[(at + name.Length)..];
                at = text.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase);
            }
        }
        return text;
    }

    private static IEnumerable<string> SplitAtNewBodies(string part)
    {
        var folded = new FoldedText(part);
        var start = 0;
        foreach (Match separator in Separator().Matches(part))
        {
            var next = separator.Index + separator.Length;
            if (!OpensNewBody(folded, next)) continue;
            // "Văn phòng HĐND và UBND thành phố" is one office.
            if (separator.Value.Trim() == "và" && part[start..separator.Index].Contains("Văn phòng", StringComparison.OrdinalIgnoreCase)) continue;
            yield return part[start..separator.Index];
            start = next;
        }
        yield return part[start..];
    }

    /// <summary>A capitalised body, or a lower-case one of two syllables or more ("đơn vị",
    /// "cơ quan"): a lower-case "ban", "ngành" continues a shared title ("cơ quan, ban ngành").</summary>
    private static bool OpensNewBody(FoldedText text, int position)
    {
        var head = BodyNames.HeadAt(text, position);
        if (head == 0) return false;
        return char.IsUpper(text.Original[position]) || text.Original.AsSpan(position, head).Contains(' ');
    }

    private static IEnumerable<string> ExpandSharedTitle(string body)
    {
        var match = SharedTitle().Match(body.Trim());
        if (!match.Success) return [body];
        var title = match.Groups["title"].Value.Replace("các ", "", StringComparison.OrdinalIgnoreCase).Trim();
        var names = ListSeparator().Split(match.Groups["names"].Value).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        if (names.Count < 2 || names.Any(n => !char.IsUpper(n[0]))) return [body];
        return names.Select(n => $"{title} {n}");
    }

    [GeneratedRegex(@",\s*|;\s*|\s+và\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@",\s*")]
    private static partial Regex ListSeparator();

    // "Trưởng phòng A, B", "Giám đốc các Sở: A, B", "Các Sở: A, B"
    [GeneratedRegex(@"^(?<title>(?:(?:Giám đốc|Thủ trưởng|Trưởng|Lãnh đạo)\s+)?(?:các\s+)?(?:Sở|sở|Phòng|phòng|Bộ|bộ|Ban|ban))\s*:?\s+(?<names>\p{Lu}.*,.*)$|^(?<title>Các\s+(?:Sở|sở|Phòng|phòng|Bộ|bộ))\s*:\s*(?<names>.+)$")]
    private static partial Regex SharedTitle();
}
