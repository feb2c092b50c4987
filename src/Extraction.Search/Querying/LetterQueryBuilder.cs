using Extraction.Search.Analysis;
using Extraction.Search.Indexing;
using Extraction.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Extraction.Search.Querying;

/// <summary>
/// A Lucene query and the folded terms a snippet should mark. <paramref name="Candidates"/> matches the
/// same letters as <paramref name="Query"/> with only the required syllables (and codes) scoring them:
/// cheap enough to rank every hit by, so that <paramref name="Query"/> need only rank the best of them.
/// It is <paramref name="Query"/> itself when there is nothing more to score.
/// </summary>
public sealed record LetterQuery(Query Query, Query Candidates, IReadOnlySet<string> HighlightTerms, bool IsEmpty);

/// <summary>
/// Builds the query in code rather than with the classic QueryParser, which splits on spaces before
/// analysis and so never lets syllable pairs or phrases reach the analyzer. Shape:
/// every folded syllable must appear (one term each, in the field of all a letter's words); the
/// syllables in the subject or header, syllable pairs, the whole phrase (in the subject and header)
/// and, when the person typed diacritics, the exact spelling add to the score; codes match whole, the
/// letter's own code far above a code it only cites or mentions.
/// </summary>
public sealed class LetterQueryBuilder
{
    private static readonly (string Field, float Weight)[] SearchedFields =
        [(LetterFields.Subject, 4f), (LetterFields.Header, 2f), (LetterFields.Body, 1f)];

    // A phrase over the long body reads the positions of common syllables in most letters; pairs
    // already reward adjacency there, so whole-phrase matching is kept to the short fields.
    private static readonly (string Field, float Weight)[] ShortFields = SearchedFields[..2];

    /// <summary>Up to this many syllables all must match; beyond, a quarter may be missing.</summary>
    private const int AllRequiredUpTo = 4;
    private const float PairBoost = 2f, PhraseBoost = 3f, ExactBoost = 2f;
    private const float OwnCodeBoost = 20f, CitedCodeBoost = 4f;

    private readonly VietnameseAnalyzer analyzer = VietnameseAnalyzer.Instance;
    private readonly FilterCache filterCache = new();

    public LetterQuery Build(SearchRequest request)
    {
        var text = VietnameseText.Nfc(request.Query ?? "");
        var codes = DocumentCode.FindIn(text);
        var words = codes.Aggregate(text, (rest, code) => rest.Replace(code.Value, " "));
        var highlight = new HashSet<string>(StringComparer.Ordinal);

        var folded = analyzer.Terms(TextForms.Field(LetterFields.Words, TextForm.Folded), words);
        highlight.UnionWith(folded);
        var required = folded.Count == 0 ? null : RequiredSyllables(folded);
        var ranking = folded.Count == 0 ? [] : RankingClauses(words, folded);
        var codeQuery = CodeQuery(codes.Select(c => c.Value), highlight);
        var filters = FilterQueries.Build(request.Filters, analyzer, filterCache);

        var query = Combine(required is null ? null : WithRanking(required, ranking), codeQuery, filters);
        var candidates = ranking.Count == 0 ? query : Combine(required, codeQuery, filters);
        return new LetterQuery(query, candidates, highlight, required is null && codeQuery is null);
    }

    private static BooleanQuery Combine(Query? wordQuery, Query? codeQuery, Query? filters)
    {
        var main = new BooleanQuery();
        if (wordQuery is not null) main.Add(wordQuery, Occur.MUST);
        if (codeQuery is not null) main.Add(codeQuery, wordQuery is null ? Occur.MUST : Occur.SHOULD);
        if (main.Clauses.Count == 0) main.Add(new MatchAllDocsQuery(), Occur.MUST);
        if (filters is not null) main.Add(new ConstantScoreQuery(filters) { Boost = 0 }, Occur.MUST);
        return main;
    }

    private static BooleanQuery WithRanking(Query required, IReadOnlyList<Query> ranking)
    {
        var query = new BooleanQuery { { required, Occur.MUST } };
        foreach (var clause in ranking) query.Add(clause, Occur.SHOULD);
        return query;
    }

    /// <summary>What adds to the score of a letter that has every syllable: each syllable in the subject
    /// or header, syllable pairs, the whole phrase in the short fields and, when the person typed
    /// diacritics, the exact spellings.</summary>
    private List<Query> RankingClauses(string words, IReadOnlyList<string> folded)
    {
        var clauses = new List<Query>();
        foreach (var syllable in folded.Distinct())
        {
            clauses.Add(AcrossFields(field => Term(field, TextForm.Folded, syllable), 1f, ShortFields));
        }
        foreach (var pair in analyzer.Terms(TextForms.Field(LetterFields.Body, TextForm.FoldedBigrams), words).Distinct())
        {
            clauses.Add(AcrossFields(field => Term(field, TextForm.FoldedBigrams, pair), PairBoost));
        }
        if (folded.Count > 1) clauses.Add(AcrossFields(field => Phrase(field, folded), PhraseBoost, ShortFields));

        // Diacritics the person typed are a preference, never a requirement: "duong" finds "đường" and
        // "dương" alike, "đường" finds both but ranks "đường" first.
        if (!string.Equals(VietnameseText.Fold(words), words, StringComparison.Ordinal))
        {
            foreach (var exact in analyzer.Terms(LetterFields.Body, words).Distinct())
            {
                clauses.Add(AcrossFields(field => Term(field, TextForm.Exact, exact), ExactBoost));
            }
        }
        return clauses;
    }

    private static BooleanQuery RequiredSyllables(IReadOnlyList<string> folded)
    {
        var distinct = folded.Distinct().ToList();
        var required = new BooleanQuery();
        var occur = distinct.Count <= AllRequiredUpTo ? Occur.MUST : Occur.SHOULD;
        foreach (var syllable in distinct) required.Add(Term(LetterFields.Words, TextForm.Folded, syllable), occur);
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
            highlight.UnionWith(analyzer.Terms(TextForms.Field(LetterFields.Words, TextForm.Folded), code));
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
