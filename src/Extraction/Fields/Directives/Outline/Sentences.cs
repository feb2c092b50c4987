namespace Extraction.Fields.Directives.Outline;

/// <summary>Splits a paragraph into sentences and clauses by character offsets. A full stop ends a
/// sentence when a capital follows, unless it closes an abbreviation ("TP. Hồ Chí Minh").</summary>
internal static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "TP", "TT", "CT", "PCT", "VP", "TS", "ThS", "PGS", "GS", "KS", "BS", "Đ/c", "đ/c", "v.v", "St", "Tp",
    };

    /// <summary>Start offsets of the sentences of <paramref name="text"/>, the first being 0.</summary>
    public static IReadOnlyList<int> Starts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length - 2; i++)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            var next = i + 1;
            while (next < text.Length && text[next] is '/' or '.' or ')' or '"' or '”') next++;
            if (next >= text.Length || text[next] != ' ') continue;
            var after = next + 1;
            while (after < text.Length && text[after] is '"' or '“' or '(' or '-' or ' ') after++;
            if (after >= text.Length || !char.IsUpper(text[after])) continue;
            if (text[i] == '.' && IsAbbreviation(text, i)) continue;
            starts.Add(next + 1);
        }
        return starts;
    }

    /// <summary>Sentences as (start, end) offset pairs.</summary>
    public static IReadOnlyList<(int Start, int End)> Spans(string text)
    {
        var starts = Starts(text);
        var spans = new List<(int, int)>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
            spans.Add((starts[i], i + 1 < starts.Count ? starts[i + 1] : text.Length));
        return spans;
    }

    /// <summary>The start of the clause holding <paramref name="offset"/>: just after the nearest
    /// ",", ";", ":" or sentence start before it.</summary>
    public static int ClauseStart(string text, int offset, int floor = 0)
    {
        for (var i = Math.Min(offset, text.Length) - 1; i >= floor; i--)
            if (text[i] is ',' or ';' or ':' || (text[i] == '.' && i + 1 < text.Length && text[i + 1] == ' '))
                return i + 1;
        return floor;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var word = text[start..dot];
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }
}
