using System.Text.RegularExpressions;

namespace Extraction.Learning.Corpus;

/// <summary>
/// Groups a corpus letter with the letters made from it (its scans, its text-layer rendering, its
/// DOCX or legacy-encoding variants), as SOURCES.tsv records them, so that cross-validation never
/// trains on one twin and tests on the other.
/// </summary>
public static partial class LetterFamilies
{
    /// <summary>Letter id → the id of the letter it was made from, read from a SOURCES.tsv (absent file: none).</summary>
    public static IReadOnlyDictionary<string, string> Read(string sourcesTsv)
    {
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(sourcesTsv)) return parents;
        foreach (var row in File.ReadLines(sourcesTsv).Skip(1).Select(l => l.Split('\t')))
        {
            if (row.Length < 4) continue;
            var made = MadeFrom().Match(row[3]);
            if (made.Success) parents[row[0]] = made.Groups["id"].Value;
        }
        return parents;
    }

    /// <summary>The family of a letter: the id at the root of its "made from" chain, or a scan twin's source by its name.</summary>
    public static string Of(string id, IReadOnlyDictionary<string, string> parents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (parents.TryGetValue(id, out var parent) && seen.Add(id)) id = parent;
        return TwinSuffix().Replace(id, "");
    }

    // "rendered here from seed-000.txt", "variant of hg-cv-454-2011 written here"
    [GeneratedRegex(@"(?:rendered here from|variant of)\s+(?<id>[\w-]+?)(?:\.\w+)?(?=[\s,;:(]|$)")]
    private static partial Regex MadeFrom();

    [GeneratedRegex(@"-(?:scan|scandeg\d*|digital|ocr|headerless)$")]
    private static partial Regex TwinSuffix();
}
