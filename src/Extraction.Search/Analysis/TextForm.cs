namespace Extraction.Search.Analysis;

/// <summary>
/// The forms in which a text field is indexed. Each form is its own Lucene field, named after the
/// base field with a suffix, so one <see cref="VietnameseAnalyzer"/> knows the chain from the name.
/// </summary>
public enum TextForm
{
    /// <summary>Lower case, NFC, new-style tone placement: "hoà" and "hòa" meet, "duong" and "đường" do not.</summary>
    Exact,
    /// <summary>The exact form with every diacritic removed and đ → d: "cai cach" finds "cải cách".</summary>
    Folded,
    /// <summary>Adjacent folded syllables joined in pairs ("cai cach", "cach hanh"): Vietnamese words are
    /// mostly two or three syllables, so a pair match is a word match.</summary>
    FoldedBigrams,
}

public static class TextForms
{
    private const string FoldedSuffix = ".folded";
    private const string BigramSuffix = ".bigrams";

    public static string Field(string baseField, TextForm form) => form switch
    {
        TextForm.Exact => baseField,
        TextForm.Folded => baseField + FoldedSuffix,
        TextForm.FoldedBigrams => baseField + BigramSuffix,
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    public static TextForm FormOf(string field) =>
        field.EndsWith(BigramSuffix, StringComparison.Ordinal) ? TextForm.FoldedBigrams
        : field.EndsWith(FoldedSuffix, StringComparison.Ordinal) ? TextForm.Folded
        : TextForm.Exact;
}
