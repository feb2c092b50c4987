namespace Extraction.Learning.Alignment;

/// <summary>A gold string prepared once for fuzzy matching against many lines.</summary>
internal sealed class GoldValue
{
    public GoldValue(string text)
    {
        Normalized = FuzzyText.Normalize(text);
        Grams = FuzzyText.Trigrams(Normalized);
    }

    public string Normalized { get; }
    public HashSet<string> Grams { get; }

    public static GoldValue? Of(string? text) => string.IsNullOrWhiteSpace(text) ? null : new GoldValue(text);

    public static List<GoldValue> All(IEnumerable<string?>? texts) =>
        (texts ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => new GoldValue(t!)).ToList();
}
