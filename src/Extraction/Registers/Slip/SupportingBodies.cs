using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Registers.Slip;

/// <summary>The bodies a task's text names as working with its lead: "chủ trì, phối hợp với Sở Thông
/// tin và Truyền thông tham mưu ..." names Sở Thông tin và Truyền thông. Only named bodies count;
/// "các sở, ngành liên quan" and "cơ quan, đơn vị, địa phương" name no one in particular.</summary>
public static partial class SupportingBodies
{
    // Words that end a list of names: the work begins ("tham mưu", "xây dựng") or its purpose ("để", "nhằm").
    private static readonly string[] WorkWords =
    [
        "tham mưu", "thực hiện", "triển khai", "xây dựng", "tổ chức", "nghiên cứu", "đề xuất", "rà soát", "hướng dẫn",
        "kiểm tra", "theo dõi", "báo cáo", "trình", "giải quyết", "cung cấp", "tiếp tục", "khẩn trương", "tổng hợp",
        "chuẩn bị", "đảm bảo", "bảo đảm", "tuyên truyền", "hoàn thành", "để", "nhằm", "trong",
    ];

    public static IReadOnlyList<string> In(string taskText)
    {
        var bodies = new List<string>();
        foreach (Match match in Partners().Matches(VietnameseText.Nfc(taskText)))
        {
            var names = BeforeWork(match.Groups["names"].Value);
            if (names.StartsWith("các ", StringComparison.OrdinalIgnoreCase)) continue;
            bodies.AddRange(Split(names).Where(IsNamedBody));
        }
        return bodies;
    }

    private static string BeforeWork(string names)
    {
        var lower = " " + names.ToLowerInvariant() + " ";
        var end = WorkWords.Select(w => lower.IndexOf(" " + w + " ", StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(names.Length).Min();
        return names[..Math.Min(end, names.Length)].Trim();
    }

    // "Sở Tư pháp và Sở Nội vụ" is two bodies; "Sở Thông tin và Truyền thông" is one: a "và" splits
    // only where a new body's name begins.
    private static IEnumerable<string> Split(string names)
    {
        foreach (var part in names.Split(','))
        {
            var body = "";
            foreach (var piece in part.Split(" và "))
            {
                if (body.Length > 0 && OrganizationNames.StartsBodyName(piece))
                {
                    yield return body.Trim();
                    body = piece;
                }
                else body = body.Length == 0 ? piece : body + " và " + piece;
            }
            yield return body.Trim();
        }
    }

    private static bool IsNamedBody(string part) =>
        OrganizationNames.StartsBodyName(part)
        && part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2
        && !part.Contains("liên quan", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"phối hợp(?: chặt chẽ)?(?: với)?\s+(?<names>[^;.:()]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Partners();
}
