using Extraction.Search.Analysis;
using Extraction.Search.Indexing;
using Extraction.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Extraction.Search.Querying;

/// <summary>A Lucene query and the folded terms a snippet should mark.</summary>
public sealed record LetterQuery(Query Query, IReadOnlySet<string> HighlightTerms, bool IsEmpty);

/// <summary>
/// Builds the query in code rather than with the classic QueryParser, which splits on spaces before
/// analysis and so never lets syllable pairs or phrases reach the analyzer. Shape:
/// every folded syllable must appear (in the subject, the header values or the body); syllable pairs,
/// the whole phrase (in the subject and header) and, when the person typed diacritics, the exact
/// spelling add to the score; codes match whole, the letter's own code far above a code it only
/// cites or mentions.
/// </summary>
public sealed class LetterQueryBuilder
{
    private static readonly (string Field, float Weight)[] SearchedFields =
        [(LetterFields.Subject, 4f), (LetterFields.Header, 2f), (LetterFields.Body, 1f)];

    // A phrase over the long body reads the positions of common syllables in most letters; pairs
    // already reward adjacency there, so whole-phrase matching is kept to the short fields.
    private static readonly (string Field, float Weight)[] PhraseFields = SearchedFields[..2];

    /// <summary>Up to this many syllables all must match; beyond, a quarter may be missing.</summary>
    private const int AllRequiredUpTo = 4;
    private const float PairBoost = 2f, PhraseBoost = 3f, ExactBoost = 2f;
    private const float OwnCodeBoost = 20f, CitedCodeBoost = 4f;

    private readonly VietnameseAnalyzer analyzer = VietnameseAnalyzer.Instance;

    public LetterQuery Build(SearchRequest request)
    {
        var text = VietnameseText.Nfc(request.Query ?? "");
        var codes = DocumentCode.FindIn(text);
        var words = codes.Aggregate(text, (rest, code) => rest.Replace(code.Value, " "));
        var highlight = new HashSet<string>(StringComparer.Ordinal);

        var wordQuery = WordQuery(words, highlight);
        var codeQuery = CodeQuery(codes.Select(c => c.Value), highlight);

        var main = new BooleanQuery();
        if (wordQuery is not null) main.Add(wordQuery, Occur.MUST);
        if (codeQuery is not null) main.Add(codeQuery, wordQuery is null ? Occur.MUST : Occur.SHOULD);
        var isEmpty = main.Clauses.Count == 0;
        if (isEmpty) main.Add(new MatchAllDocsQuery(), Occur.MUST);

        var filters = FilterQueries.Build(request.Filters, analyzer);
        if (filters is not null) main.Add(new ConstantScoreQuery(filters) { Boost = 0 }, Occur.MUST);
        return new LetterQuery(main, highlight, isEmpty);
    }

    private BooleanQuery? WordQuery(string words, HashSet<string> highlight)
    {
        var folded = analyzer.Terms(TextForms.Field(LetterFields.Body, TextForm.Folded), words);
        if (folded.Count == 0) return null;
        highlight.UnionWith(folded);

        var query = new BooleanQuery();
        query.Add(RequiredSyllables(folded), Occur.MUST);
        foreach (var pair in analyzer.Terms(TextForms.Field(LetterFields.Body, TextForm.FoldedBigrams), words).Distinct())
        {
            query.Add(AcrossFields(field => Term(field, TextForm.FoldedBigrams, pair), PairBoost), Occur.SHOULD);
        }
        if (folded.Count > 1) query.Add(AcrossFields(field => Phrase(field, folded), PhraseBoost, PhraseFields), Occur.SHOULD);

        // Diacritics the person typed are a preference, never a requirement: "duong" finds "đường" and
        // "dương" alike, "đường" finds both but ranks "đường" first.
        if (!string.Equals(VietnameseText.Fold(words), words, StringComparison.Ordinal))
        {
            foreach (var exact in analyzer.Terms(LetterFields.Body, words).Distinct())
            {
                query.Add(AcrossFields(field => Term(field, TextForm.Exact, exact), ExactBoost), Occur.SHOULD);
            }
        }
        return query;
    }

    private static BooleanQuery RequiredSyllables(IReadOnlyList<string> folded)
    {
        var distinct = folded.Distinct().ToList();
        var required = new BooleanQuery();
        var occur = distinct.Count <= AllRequiredUpTo ? Occur.MUST : Occur.SHOULD;
        foreach (var syllable in distinct) required.Add(AcrossFields(field => Term(field, TextForm.Folded, syllable), 1f), occur);
        if (occur == Occur.SHOULD) required.MinimumNumberShouldMatch = distinct.Count - distinct.Count / 4;
        return required;
    }

    private DisjunctionMaxQuery? CodeQuery(IEnumerable<string> codes, HashSet<string> highlight)
    {
        var any = new DisjunctionMaxQuery(0.1f);
        foreach (var code in codes)
        {
            var key = DocumentCode.Key(code);
            any.Add(new TermQuery(new Term(LetterFields.Code, key)) { Boost = OwnCodeBoost });
            any.Add(new TermQuery(new Term(LetterFields.ReferencedCode, key)) { Boost = CitedCodeBoost });
            any.Add(new TermQuery(new Term(LetterFields.MentionedCode, key)));
            highlight.UnionWith(analyzer.Terms(TextForms.Field(LetterFields.Body, TextForm.Folded), code));
        }
        return any.Disjuncts.Count == 0 ? null : any;
    }

    private static DisjunctionMaxQuery AcrossFields(Func<string, Query> perField, float boost, (string Field, float Weight)[]? fields = null)
    {
        var query = new DisjunctionMaxQuery(0.1f) { Boost = boost };
        foreach (var (field, weight) in fields ?? SearchedFields)
        {
            var clause = perField(field);
            clause.Boost *= weight;
            query.Add(clause);
        }
        return query;
    }

    private static TermQuery Term(string field, TextForm form, string term) =>
        new(new Term(TextForms.Field(field, form), term));

    private static PhraseQuery Phrase(string field, IReadOnlyList<string> folded)
    {
        var phrase = new PhraseQuery();
        var name = TextForms.Field(field, TextForm.Folded);
        for (var i = 0; i < folded.Count; i++) phrase.Add(new Term(name, folded[i]), i);
        return phrase;
    }
}
