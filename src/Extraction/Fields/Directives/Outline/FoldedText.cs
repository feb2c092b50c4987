using Extraction.Text;

namespace Extraction.Fields.Directives.Outline;

/// <summary>A text and two shadows of the same length: <see cref="Lower"/> (lower case, new-style
/// tone placement) and <see cref="Folded"/> (lower case, no diacritics). A pattern is matched on a
/// shadow and the phrase cut from the original at the same indices. OCR often damages diacritics
/// ("thâm quyên"), rarely the base letters, so most directive patterns match on the folded shadow;
/// words whose folded form is ambiguous ("sở" and "số" both fold to "so") match on the lower one.</summary>
internal sealed class FoldedText
{
    public FoldedText(string original)
    {
        Original = original;
        var toned = VietnameseText.NewStyleTones(original);
        Lower = VietnameseText.LowerChars(toned.Length == original.Length ? toned : original);
        Folded = FoldChars(original);
    }

    public string Original { get; }
    public string Lower { get; }
    public string Folded { get; }

    public string Slice(int start, int end) => Original[start..end];

    /// <summary>One output character per input character: "Đến cuối" → "den cuoi".</summary>
    public static string FoldChars(string text) => VietnameseText.FoldLowerChars(text);
}
