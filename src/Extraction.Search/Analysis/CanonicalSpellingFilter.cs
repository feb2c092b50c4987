using Extraction.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Extraction.Search.Analysis;

/// <summary>
/// Rewrites each token in NFC with new-style tone placement ("hoà" → "hòa", "uỷ" → "ủy"), so the
/// two spellings a letter may use index as one term. Per token rather than per text, so offsets
/// still point into the original string even when it was not NFC.
/// </summary>
public sealed class CanonicalSpellingFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public CanonicalSpellingFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (IsAscii(term.Buffer, term.Length)) return true;
        var original = term.ToString();
        var canonical = VietnameseText.NewStyleTones(original);
        if (!string.Equals(original, canonical, StringComparison.Ordinal)) term.SetEmpty().Append(canonical);
        return true;
    }

    private static bool IsAscii(char[] buffer, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (buffer[i] > 0x7F) return false;
        }
        return true;
    }
}
