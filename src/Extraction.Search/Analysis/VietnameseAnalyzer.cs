using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Extraction.Search.Analysis;

/// <summary>
/// One analyzer for every text field; the field's name says its <see cref="TextForm"/>.
/// Chain: StandardTokenizer → lower case → NFC and new-style tones → (folded) ASCII folding →
/// (bigrams) syllable pairs without unigrams. No stop filter: it would leave holes the pairs need.
/// </summary>
public sealed class VietnameseAnalyzer() : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Keeps phrases and pairs from spanning two values of a multi-valued field.</summary>
    private const int GapBetweenValues = 100;

    public static readonly VietnameseAnalyzer Instance = new();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new CanonicalSpellingFilter(new LowerCaseFilter(Version, tokenizer));
        var form = TextForms.FormOf(fieldName);
        if (form is TextForm.Folded or TextForm.FoldedBigrams) stream = new ASCIIFoldingFilter(stream);
        if (form is TextForm.FoldedBigrams)
        {
            var pairs = new ShingleFilter(stream, 2, 2);
            pairs.SetOutputUnigrams(false);
            stream = pairs;
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    public override int GetPositionIncrementGap(string fieldName) => GapBetweenValues;

    /// <summary>The terms the field's chain makes of a text, in order.</summary>
    public IReadOnlyList<string> Terms(string field, string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
