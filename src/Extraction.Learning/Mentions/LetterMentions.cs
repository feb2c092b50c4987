using System.Text.RegularExpressions;
using Extraction.Fields;
using Extraction.Fields.Directives;
using Extraction.Learning.Alignment;
using Extraction.Learning.Corpus;
using Extraction.Learning.Models;
using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Learning.Mentions;

/// <summary>A mention with the label its letter's gold record gives it.</summary>
public sealed record LabelledMention<T>(T Mention, string Label);

/// <summary>
/// The percentages and date phrases of a training letter, as the rule pipeline's finders meet them,
/// labelled from the gold record: a percentage is a target when gold lists a target of that value
/// whose metric is written just before it; a date phrase is a deadline when gold lists a deadline written
/// like it, with the same figures. Gold does not say what a date that is not a deadline is, so the words before it name it:
/// an effective date ("có hiệu lực", "kể từ ngày"), a period reviewed or worked in ("6 tháng đầu năm",
/// "giai đoạn", "từ tháng"), the date of an event ("hội nghị", "dự kiến"), or another date.
/// </summary>
public static partial class LetterMentions
{
    public const string Target = "target", NotTarget = "not-target", Deadline = "deadline";

    public static (List<LabelledMention<PercentMention>> Percentages, List<LabelledMention<DatePhraseMention>> DatePhrases) Of(TrainingLetter letter)
    {
        var recorder = new MentionRecorder();
        new LetterPipeline(new PipelineOptions { Extractors = FieldExtractors.WithJudge(recorder) })
            .Extract(letter.Document, letter.Id, new SourceInfo { FileName = letter.Id });
        var percentages = recorder.Percentages.Select(m => new LabelledMention<PercentMention>(m, IsGoldTarget(m, letter.Gold) ? Target : NotTarget)).ToList();
        var dates = recorder.DatePhrases.Select(m => new LabelledMention<DatePhraseMention>(m, DateLabel(m, letter.Gold))).ToList();
        return (percentages, dates);
    }

    public static IEnumerable<FeatureRow> PercentExamples(TrainingLetter letter) =>
        Of(letter).Percentages.Select(m => new FeatureRow { Features = MentionFeatures.Of(m.Mention).ToVector(), Label = m.Label });

    public static IEnumerable<FeatureRow> DateExamples(TrainingLetter letter) =>
        Of(letter).DatePhrases.Select(m => new FeatureRow { Features = MentionFeatures.Of(m.Mention).ToVector(), Label = m.Label });

    private static bool IsGoldTarget(PercentMention mention, LetterRecord gold)
    {
        var value = MentionFeatures.ValueOf(mention.Folded[mention.Start..mention.End]);
        var near = FuzzyText.Trigrams(FuzzyText.Normalize(mention.Folded[Math.Max(0, mention.Start - 250)..Math.Min(mention.Folded.Length, mention.End + 100)]));
        return gold.Targets.Any(t => Math.Abs(t.Value - value) < 0.001
            && (string.IsNullOrWhiteSpace(t.Metric) || FuzzyText.Coverage(FuzzyText.Trigrams(FuzzyText.Normalize(t.Metric)), near) >= 0.7));
    }

    private static string DateLabel(DatePhraseMention mention, LetterRecord gold)
    {
        var phrase = FuzzyText.Normalize(mention.Folded[mention.Start..mention.End]);
        var grams = FuzzyText.Trigrams(phrase);
        if (gold.Deadlines.Any(d => d.Text is { } text && SameDigits(phrase, text)
                && (phrase.Contains(FuzzyText.Normalize(text)) || FuzzyText.Similarity(grams, FuzzyText.Trigrams(FuzzyText.Normalize(text))) >= 0.8)))
            return Deadline;
        var before = mention.Folded[Math.Max(0, mention.Start - 80)..mention.End];
        return Effective().IsMatch(before) ? "effective-date" : Period().IsMatch(before) ? "review-period" : Event().IsMatch(before) ? "event" : "other-date";
    }

    // "trước ngày 15/7/2025" and "trước ngày 20/6/2025" share most of their letters; their figures tell them apart.
    private static bool SameDigits(string phrase, string gold) =>
        Digits().Matches(phrase).Select(m => m.Value.TrimStart('0')).SequenceEqual(Digits().Matches(gold).Select(m => m.Value.TrimStart('0')));

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(?:hieu luc|ke tu ngay|ap dung tu)\b")]
    private static partial Regex Effective();

    [GeneratedRegex(@"\b(?:dau nam|thang dau|cuoi nam|nam qua|giai doan|tu thang|tu ngay|trong thoi gian)\b")]
    private static partial Regex Period();

    [GeneratedRegex(@"\b(?:hoi nghi|hoi thao|du kien|to chuc|dien ra|ky hop|khai mac|le|tap huan|cuoc hop)\b")]
    private static partial Regex Event();
}
