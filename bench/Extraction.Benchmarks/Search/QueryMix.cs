using Extraction.Records;
using Extraction.Search.Analysis;
using Extraction.Search.Querying;
using Extraction.Text;

namespace Extraction.Benchmarks.Search;

/// <summary>One benchmark query: what the index is asked, and the words a text scan looks for.</summary>
public sealed record MixedQuery(string Kind, SearchRequest Request, string ScanWords);

/// <summary>
/// A fixed mix of queries as staff type them: codes of letters in the archive (30%), two to four
/// syllables of a subject without diacritics (40%) and with them (20%), and words narrowed by a
/// filter on type, year or assignee (10%). Deterministic for a seed.
/// </summary>
public static class QueryMix
{
    public static IReadOnlyList<MixedQuery> Create(IReadOnlyList<LetterRecord> letters, int count, int seed)
    {
        var random = new Random(seed);
        var queries = new List<MixedQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var letter = letters[random.Next(letters.Count)];
            var roll = random.Next(10);
            queries.Add(roll switch
            {
                < 3 => Code(letter, random),
                < 7 => Words(letter, random, folded: true),
                < 9 => Words(letter, random, folded: false),
                _ => Filtered(letter, random),
            });
        }
        return queries;
    }

    private static MixedQuery Code(LetterRecord letter, Random random)
    {
        var code = letter.References.Count > 0 && random.Next(3) == 0
            ? letter.References[random.Next(letter.References.Count)].Code
            : DocumentCode.Of(letter) ?? "";
        return new MixedQuery("code", new SearchRequest { Query = code }, code);
    }

    private static MixedQuery Words(LetterRecord letter, Random random, bool folded)
    {
        var words = Syllables(letter.Subject ?? "", random);
        var typed = folded ? VietnameseText.Fold(words).ToLowerInvariant() : words;
        return new MixedQuery(folded ? "words" : "words-diacritics", new SearchRequest { Query = typed }, words);
    }

    private static MixedQuery Filtered(LetterRecord letter, Random random)
    {
        var words = Syllables(letter.Subject ?? "", random);
        var filters = random.Next(3) switch
        {
            0 => new SearchFilters { DocumentType = letter.DocumentType },
            1 => new SearchFilters { Year = int.Parse(letter.IssuedDate![..4], System.Globalization.CultureInfo.InvariantCulture) },
            _ => new SearchFilters { Assignee = letter.Tasks.Count > 0 ? letter.Tasks[random.Next(letter.Tasks.Count)].Assignee : null },
        };
        return new MixedQuery("filtered", new SearchRequest { Query = VietnameseText.Fold(words).ToLowerInvariant(), Filters = filters }, words);
    }

    /// <summary>Two to four consecutive syllables of the text.</summary>
    private static string Syllables(string text, Random random)
    {
        var syllables = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Trim(',', '.', ';', ':', '(', ')', '"'))
            .Where(s => s.Length > 0).ToList();
        if (syllables.Count == 0) return "";
        var length = Math.Min(syllables.Count, random.Next(2, 5));
        var start = random.Next(syllables.Count - length + 1);
        return string.Join(' ', syllables.Skip(start).Take(length));
    }
}
