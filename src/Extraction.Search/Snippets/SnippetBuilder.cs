using Extraction.Search.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Extraction.Search.Snippets;

/// <summary>
/// Picks the window of a letter's text holding the most distinct query words and marks them.
/// The text is re-analysed with the folded chain (letters are short, so this is cheaper than
/// storing term vectors): a word is marked when its folded term is one the query looked for.
/// </summary>
public sealed class SnippetBuilder(int windowLength = 240)
{
    private readonly record struct Token(int Start, int End, string Term);

    public Snippet Build(string? text, IReadOnlySet<string> foldedTerms)
    {
        if (string.IsNullOrEmpty(text)) return Snippet.Empty;
        var matches = foldedTerms.Count == 0 ? [] : MatchedTokens(text, foldedTerms);
        var (start, end) = matches.Count == 0 ? (0, Math.Min(text.Length, windowLength)) : BestWindow(text, matches);
        return Cut(text, start, end, matches);
    }

    private static List<Token> MatchedTokens(string text, IReadOnlySet<string> foldedTerms)
    {
        // Every word of the letter is looked up: by its characters, without making a string of each.
        if (foldedTerms is not HashSet<string> set || !set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var byChars))
            byChars = new HashSet<string>(foldedTerms, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = new List<Token>();
        using var stream = VietnameseAnalyzer.Instance.GetTokenStream(TextForms.Field("snippet", TextForm.Folded), text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (byChars.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var value))
                tokens.Add(new Token(offset.StartOffset, offset.EndOffset, value));
        }
        stream.End();
        return tokens;
    }

    private (int Start, int End) BestWindow(string text, List<Token> matches)
    {
        var best = (Index: 0, Distinct: 0);
        for (var i = 0; i < matches.Count; i++)
        {
            var limit = matches[i].Start + windowLength;
            var distinct = matches.Skip(i).TakeWhile(m => m.End <= limit).Select(m => m.Term).Distinct().Count();
            if (distinct > best.Distinct) best = (i, distinct);
        }
        // Start a little before the first match, at a word boundary, so it reads as a sentence.
        // Near the end, slide back so the window stays full.
        var lead = Math.Min(matches[best.Index].Start - windowLength / 6, text.Length - windowLength);
        var start = WordStartBefore(text, Math.Max(0, lead));
        var end = WordEndAfter(text, Math.Min(text.Length, start + windowLength));
        return (start, end);
    }

    private static Snippet Cut(string text, int start, int end, List<Token> matches)
    {
        var parts = new List<SnippetPart>();
        if (start > 0) parts.Add(new SnippetPart("… ", false));
        var position = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= end))
        {
            if (match.Start > position) parts.Add(new SnippetPart(Flatten(text[position..match.Start]), false));
            parts.Add(new SnippetPart(text[match.Start..match.End], true));
            position = match.End;
        }
        if (end > position) parts.Add(new SnippetPart(Flatten(text[position..end]), false));
        if (end < text.Length) parts.Add(new SnippetPart(" …", false));
        return new Snippet(parts);
    }

    private static string Flatten(string text) => text.ReplaceLineEndings(" ");

    // Words are short; a longer run without spaces (a URL, a table rule) is cut where it stands.
    private const int LongestWord = 20;

    private static int WordStartBefore(string text, int index)
    {
        var limit = Math.Max(0, index - LongestWord);
        for (var i = index; i > limit; i--)
        {
            if (char.IsWhiteSpace(text[i - 1])) return i;
        }
        return limit == 0 ? 0 : index;
    }

    private static int WordEndAfter(string text, int index)
    {
        var limit = Math.Min(text.Length, index + LongestWord);
        for (var i = index; i < limit; i++)
        {
            if (char.IsWhiteSpace(text[i])) return i;
        }
        return limit == text.Length ? text.Length : index;
    }
}
