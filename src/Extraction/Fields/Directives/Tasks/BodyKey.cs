using Extraction.Fields.Directives.Outline;

namespace Extraction.Fields.Directives.Tasks;

/// <summary>Compares body names by their words, ignoring diacritics, abbreviations and the
/// office titles in front of them: "Người đứng đầu các cơ quan chuyên môn" names the same
/// bodies as "Các cơ quan chuyên môn"; "Trưởng phòng Nội vụ" the same as "Phòng Nội vụ".</summary>
internal static class BodyKey
{
    private static readonly Dictionary<string, string> Abbreviations = new()
    {
        ["ubnd"] = "uy ban nhan dan", ["hdnd"] = "hoi dong nhan dan", ["tp"] = "thanh pho",
        ["mttq"] = "mat tran to quoc", ["ubmttq"] = "uy ban mat tran to quoc", ["vp"] = "van phong",
    };

    private static readonly HashSet<string> TitleWords =
    [
        "cac", "va", "cua", "tat", "ca", "nguoi", "dung", "dau", "thu", "truong", "chu", "tich", "pho",
        "giam", "doc", "lanh", "dao", "chanh", "thanh", "vien", "toan", "the", "tung", "moi",
    ];

    /// <summary>True when the bodies a name names (its <see cref="BodyWords"/>, <paramref name="candidate"/>)
    /// are all among those another name names (<paramref name="known"/>).</summary>
    public static bool SameBodies(IReadOnlySet<string> candidate, IReadOnlySet<string> known) =>
        candidate.Count == 0 || candidate.Count(known.Contains) >= 0.8 * candidate.Count;

    /// <summary>The words that tell a body apart: folded, abbreviations expanded, office titles dropped.</summary>
    public static IReadOnlySet<string> BodyWords(string name) => Words(name, dropTitles: true);

    /// <summary>The words a body may use of the issuer and still name only the issuer, for <see cref="IsWithin"/>.</summary>
    public static IReadOnlySet<string> IssuerWords(string? issuer)
    {
        if (string.IsNullOrWhiteSpace(issuer)) return EmptySet;
        var words = Words(issuer, dropTitles: false);
        // Not "các": "Công an các huyện, thành phố" in a provincial police plan are the district
        // police, several bodies under the issuer, not the issuer.
        words.UnionWith(["tinh", "thanh", "pho", "huyen"]);
        return words;
    }

    /// <summary>True when the name says no more than the issuer's own name (its <see cref="IssuerWords"/>):
    /// the letter's author does not assign work to itself ("Thủ tướng giao UBND tỉnh ..." quoted in a lead-in).</summary>
    public static bool IsWithin(string candidate, IReadOnlySet<string> issuerWords)
    {
        if (issuerWords.Count == 0) return false;
        var a = Words(candidate, dropTitles: false);
        return a.Count > 0 && a.All(issuerWords.Contains);
    }

    private static readonly HashSet<string> EmptySet = [];
    private static readonly char[] WordSeparators = [' ', ',', ';', ':', '-', '–', '(', ')', '.', '/'];

    private static HashSet<string> Words(string name, bool dropTitles)
    {
        var words = new HashSet<string>();
        foreach (var raw in FoldedText.FoldChars(name).Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var expanded = Abbreviations.TryGetValue(raw, out var full) ? full.Split(' ') : [raw];
            foreach (var word in expanded)
                if (!dropTitles || !TitleWords.Contains(word)) words.Add(word);
        }
        return words;
    }
}
