using Extraction.Fields.Directives;
using Extraction.Learning.Features;

namespace Extraction.Learning.Mentions;

/// <summary>
/// The features of a percentage or a date phrase: the words before it within its sentence (by
/// distance, and as a bag), the words after it, the mention itself, and for a percentage where the
/// paragraph stands (an item that gives work, a lead-in, a report). A few words of context are what
/// decide "phấn đấu đạt 90%" from "đã đạt 90%", or "trước ngày 15/6" from "Hội nghị dự kiến trước ngày 15/6".
/// </summary>
public static class MentionFeatures
{
    private const int WordsBefore = 8, WordsAfter = 6;

    public static FeatureSet Of(PercentMention mention)
    {
        var features = Context(mention.Folded, mention.Start, mention.End);
        var context = mention.Context.ToString();
        features.Add("context", context);
        foreach (var word in Words(mention.Folded[SentenceStart(mention.Folded, mention.Start)..mention.Start])) features.Add("s-" + context, word);
        var value = ValueOf(mention.Folded[mention.Start..mention.End]);
        features.Add("value", value >= 100 ? "100" : value >= 50 ? "50+" : value >= 10 ? "10+" : "small");
        if (mention.Folded.AsSpan(mention.Start, mention.End - mention.Start).Contains(',')) features.Add("value", "decimal");
        return features;
    }

    public static FeatureSet Of(DatePhraseMention mention)
    {
        var features = Context(mention.Folded, mention.Start, mention.End);
        features.Add("phrase", mention.Phrase);
        foreach (var word in Words(mention.Folded[mention.Start..mention.End]).Take(3)) features.Add("m", word);
        return features;
    }

    private static FeatureSet Context(string folded, int start, int end)
    {
        var features = new FeatureSet();
        var sentenceStart = SentenceStart(folded, start);
        var before = Words(folded[sentenceStart..start]).TakeLast(WordsBefore).Reverse().ToArray();
        foreach (var word in Words(folded[sentenceStart..start])) features.Add("s", word);
        for (var i = 0; i < before.Length; i++)
        {
            features.Add("b" + (i + 1), before[i]);
            features.Add("b", before[i]);
            if (i + 1 < before.Length) features.Add("bb", before[i + 1] + " " + before[i]);
        }
        if (before.Length == 0) features.Add("b1", "<start>");
        var after = Words(folded[end..Math.Min(folded.Length, end + 60)]).Take(WordsAfter).ToArray();
        for (var i = 0; i < after.Length; i++)
        {
            features.Add("a" + (i + 1), after[i]);
            features.Add("a", after[i]);
            if (i + 1 < after.Length) features.Add("aa", after[i] + " " + after[i + 1]);
        }
        var sentence = Words(folded[sentenceStart..start]);
        if (sentence.Length > 1) features.Add("s0", sentence[0] + " " + sentence[1]);
        features.Add("sentence-words", LineShape.Bucket(sentence.Length));
        return features;
    }

    private static int SentenceStart(string folded, int offset)
    {
        for (var i = offset - 1; i > 0; i--)
            if (folded[i] is '.' or ';' && i + 1 < folded.Length && folded[i + 1] == ' ') return i + 1;
        return 0;
    }

    private static string[] Words(string text) =>
        text.Split([' ', ',', ':', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);

    internal static double ValueOf(string percent)
    {
        var digits = new string(percent.TakeWhile(c => char.IsDigit(c) || c is ',' or '.').ToArray()).Replace(',', '.');
        return double.TryParse(digits, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
    }
}
