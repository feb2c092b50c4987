using System.Globalization;
using Extraction.Search.Analysis;
using Extraction.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Extraction.Search.Querying;

/// <summary>Turns <see cref="SearchFilters"/> into one query every hit must match (null when none is set).</summary>
public static class FilterQueries
{
    public static Query? Build(SearchFilters filters, VietnameseAnalyzer analyzer)
    {
        var all = new BooleanQuery();
        AddPhrase(all, LetterFields.Issuer, filters.Issuer, analyzer);
        AddPhrase(all, LetterFields.DocumentType, filters.DocumentType, analyzer);
        AddPhrase(all, LetterFields.Place, filters.Place, analyzer);
        AddPhrase(all, LetterFields.Assignee, filters.Assignee, analyzer);
        if (filters.Year is { } year)
        {
            all.Add(new TermQuery(new Term(LetterFields.Year, year.ToString(CultureInfo.InvariantCulture))), Occur.MUST);
        }
        AddRange(all, LetterFields.Issued, filters.IssuedFrom, filters.IssuedTo);
        AddRange(all, LetterFields.Deadline, filters.DueAfter, filters.DueBefore);
        return all.Clauses.Count == 0 ? null : all;
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

    private static void AddPhrase(BooleanQuery all, string field, string? value, VietnameseAnalyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        all.Add(Phrase(field, value, analyzer), Occur.MUST);
    }

    private static void AddRange(BooleanQuery all, string field, DateOnly? from, DateOnly? to)
    {
        if (from is null && to is null) return;
        int? low = from is { } f ? IndexDate.ToInt(f) : null;
        int? high = to is { } t ? IndexDate.ToInt(t) : null;
        all.Add(NumericRangeQuery.NewInt32Range(field, low, high, true, true), Occur.MUST);
    }
}
