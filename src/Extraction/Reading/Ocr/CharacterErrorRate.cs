using System.Text;

namespace Extraction.Reading.Ocr;

/// <summary>
/// Character error rate of a reading against the true text: Levenshtein edit distance between the
/// two texts after Unicode NFC and whitespace normalisation (every run of white space one space),
/// divided by the length of the true text.
/// </summary>
public static class CharacterErrorRate
{
    public static double Of(string recognised, string reference)
    {
        var truth = Normalise(reference);
        return truth.Length == 0 ? (Normalise(recognised).Length == 0 ? 0 : 1) : (double)EditDistance(Normalise(recognised), truth) / truth.Length;
    }

    public static string Normalise(string text)
    {
        var normalised = new StringBuilder(text.Length);
        foreach (var word in text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (normalised.Length > 0) normalised.Append(' ');
            normalised.Append(word);
        }
        return normalised.ToString();
    }

    /// <summary>Insertions, deletions and substitutions turning one text into the other (two-row dynamic programme).</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
