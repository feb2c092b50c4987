using Extraction.Fields.Directives.Outline;

namespace Extraction.Fields.Directives.Vocabulary;

/// <summary>A list of lower-case phrases matched at word boundaries. A phrase matches the toned
/// shadow of a text exactly, or, when it has two or more syllables, the folded shadow with at most
/// one damaged diacritic (two in a long phrase): OCR that misreads a mark ("chủ trỉ") still
/// matches, while words that merely fold alike ("phố Biên"/"phổ biến", "sở"/"số") do not.</summary>
internal sealed class PhraseList
{
    private static readonly (string Lower, string? Folded)[] NoPhrases = [];

    // Longest first, grouped by the folded first letter: a phrase can only match where the text's
    // folded shadow starts with that letter, so each position looks at a handful of phrases.
    private readonly Dictionary<char, (string Lower, string? Folded)[]> _byFirstLetter;

    public PhraseList(IEnumerable<string> phrases)
    {
        _byFirstLetter = phrases
            .Select(p => p.ToLowerInvariant())
            .Distinct()
            .Where(p => p.Length > 0)
            .OrderByDescending(p => p.Length)
            .Select(p => (Lower: p, Folded: p.Contains(' ') ? FoldedText.FoldChars(p) : null))
            .GroupBy(p => FoldedText.FoldChars(p.Lower)[0])
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The length of the longest phrase starting at <paramref name="position"/>, or 0.</summary>
    public int MatchAt(FoldedText text, int position)
    {
        if (position < 0 || position >= text.Original.Length) return 0;
        if (position > 0 && char.IsLetterOrDigit(text.Original[position - 1])) return 0;
        foreach (var (lower, folded) in _byFirstLetter.GetValueOrDefault(text.Folded[position], NoPhrases))
        {
            if (Matches(text.Lower, lower, position)) return lower.Length;
            if (folded is not null && Matches(text.Folded, folded, position) && DamagedMarks(text.Lower, lower, position) <= (lower.Length >= 12 ? 2 : 1))
                return lower.Length;
        }
        return 0;
    }

    /// <summary>The first position in [from, to) where a phrase starts, with its length.</summary>
    public (int Position, int Length)? Find(FoldedText text, int from, int to, Func<int, int, bool>? accept = null)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, text.Original.Length); i++)
        {
            var length = MatchAt(text, i);
            if (length > 0 && (accept is null || accept(i, length))) return (i, length);
        }
        return null;
    }

    private static int DamagedMarks(string shadow, string phrase, int position)
    {
        var damaged = 0;
        for (var i = 0; i < phrase.Length; i++)
            if (shadow[position + i] != phrase[i]) damaged++;
        return damaged;
    }

    private static bool Matches(string shadow, string phrase, int position)
    {
        if (position + phrase.Length > shadow.Length) return false;
        if (string.CompareOrdinal(shadow, position, phrase, 0, phrase.Length) != 0) return false;
        var end = position + phrase.Length;
        return end == shadow.Length || !char.IsLetterOrDigit(shadow[end]) || !char.IsLetterOrDigit(phrase[^1]);
    }
}
