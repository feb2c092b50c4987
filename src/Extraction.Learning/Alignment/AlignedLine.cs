using Extraction.Text;

namespace Extraction.Learning.Alignment;

/// <summary>A read line as the aligner compares it: normalised, its trigrams, and its shape.</summary>
internal sealed class AlignedLine
{
    public AlignedLine(Line line)
    {
        Text = line.Text;
        Folded = VietnameseText.FoldLower(line.Text).Trim();
        Normalized = FuzzyText.Normalize(line.Text);
        Grams = FuzzyText.Trigrams(Normalized);
        var letters = line.Text.Where(char.IsLetter).ToList();
        UpperShare = letters.Count == 0 ? 0 : (double)letters.Count(char.IsUpper) / letters.Count;
        Words = Normalized.Length == 0 ? 0 : Normalized.Count(c => c == ' ') + 1;
    }

    public string Text { get; }
    public string Folded { get; }
    public string Normalized { get; }
    public HashSet<string> Grams { get; }
    public double UpperShare { get; }
    public int Words { get; }

    public double Coverage(GoldValue? value) => value is null ? 0 : FuzzyText.Coverage(Grams, value.Grams);

    public double BestCoverage(IEnumerable<GoldValue> values) => values.Select(Coverage).DefaultIfEmpty(0).Max();

    public double Similarity(GoldValue? value) => value is null ? 0 : FuzzyText.Similarity(Grams, value.Grams);

    /// <summary>A speck, a handwritten mark or a stray page number: a few characters, no sentence.</summary>
    public bool IsFragment => Words <= 3 && Normalized.Length < 20;
}
