using System.Globalization;
using Extraction.Search.Analysis;
using Extraction.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Extraction.Search.Querying;

/// <summary>Turns <see cref="SearchFilters"/> into one query every hit must match (null when none is set).</summary>
public static class FilterQueries
{
    /// <summary>With a <paramref name="cache"/>, each filter's letters are remembered for the next search using it.</summary>
    public static Query? Build(SearchFilters filters, VietnameseAnalyzer analyzer, FilterCache? cache = null)
    {
        var clauses = new List<Query>();
        AddPhrase(clauses, LetterFields.Issuer, filters.Issuer, analyzer);
        AddPhrase(clauses, LetterFields.DocumentType, filters.DocumentType, analyzer);
        AddPhrase(clauses, LetterFields.Place, filters.Place, analyzer);
        AddPhrase(clauses, LetterFields.Assignee, filters.Assignee, analyzer);
        if (filters.Year is { } year)
        {
            clauses.Add(new TermQuery(new Term(LetterFields.Year, year.ToString(CultureInfo.InvariantCulture))));
        }
        AddRange(clauses, LetterFields.Issued, filters.IssuedFrom, filters.IssuedTo);
        AddRange(clauses, LetterFields.Deadline, filters.DueAfter, filters.DueBefore);
        if (clauses.Count == 0) return null;
        var all = new BooleanQuery();
        foreach (var clause in clauses) all.Add(cache?.Cached(clause) ?? clause, Occur.MUST);
        return all;
    }

    /// <summary>The value's folded syllables in a row within the field; the value's own words, so
    /// "Sở Nội vụ" and "so noi vu" are the same filter.</summary>
    public static Query Phrase(string field, string value, VietnameseAnalyzer analyzer)
    {
        var name = TextForms.Field(field, TextForm.Folded);
        var phrase = new PhraseQuery();
        var terms = analyzer.Terms(name, value);
        for (var i = 0; i < terms.Count; i++) phrase.Add(new Term(name, terms[i]), i);
        return phrase;
    }

    private static void AddPhrase(List<Query> clauses, string field, string? value, VietnameseAnalyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        clauses.Add(Phrase(field, value, analyzer));
    }

    private static void AddRange(List<Query> clauses, string field, DateOnly? from, DateOnly? to)
    {
        if (from is null && to is null) return;
        int? low = from is { } f ? IndexDate.ToInt(f) : null;
        int? high = to is { } t ? IndexDate.ToInt(t) : null;
        clauses.Add(NumericRangeQuery.NewInt32Range(field, low, high, true, true));
    }
}
