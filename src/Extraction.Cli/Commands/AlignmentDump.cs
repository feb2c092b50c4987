using Extraction.Learning;
using Extraction.Learning.Corpus;
using Extraction.Learning.Mentions;
using Extraction.Learning.Models;
using Extraction.Learning.Training;
using static Extraction.Learning.Mentions.LetterMentions;

namespace Extraction.Cli.Commands;

/// <summary>Writes each training letter's lines with the zone aligned from its gold record, the
/// rules' zone ("*" where they differ) and the label of the line model that held the letter out
/// ("!" where it differs from the aligned one), one file per letter; and the labelled percentages
/// and date phrases beside (&lt;id&gt;.mentions.txt): for checking both by eye.</summary>
internal static class AlignmentDump
{
    private static string Window(string folded, int start, int end) =>
        folded[Math.Max(0, start - 70)..start] + "[" + folded[start..end] + "]" + folded[end..Math.Min(folded.Length, end + 30)];

    public static void Write(IReadOnlyList<TrainingLetter> letters, CrossValidation lines, string folder)
    {
        Directory.CreateDirectory(folder);
        for (var l = 0; l < letters.Count; l++)
        {
            var letter = letters[l];
            var heldOut = new LineZoneModel(lines.Models[lines.FoldOf[l]]).Classify(letter.Rules);
            var rows = letter.Rules.Lines.Select((line, i) =>
            {
                var gold = LineLabels.ToZone(letter.Labels[i]).ToString();
                var rule = letter.Rules.Zones[i].ToString();
                var model = heldOut[i].Label;
                return $"{(gold == rule ? ' ' : '*')}{(model == letter.Labels[i] ? ' ' : '!')} {letter.Labels[i],-18} {rule,-18} {model,-18} {line.Text}";
            });
            File.WriteAllLines(Path.Combine(folder, letter.Id + ".txt"), rows);
            var (percentages, dates) = LetterMentions.Of(letter);
            File.WriteAllLines(Path.Combine(folder, letter.Id + ".mentions.txt"),
                percentages.Select(m => $"{m.Label,-14} rules={(m.Mention.RulesSayTarget ? Target : NotTarget),-10} {m.Mention.Context,-9} {Window(m.Mention.Folded, m.Mention.Start, m.Mention.End)}")
                    .Concat(dates.Select(m => $"{m.Label,-14} rules={(m.Mention.RulesSayDeadline ? Deadline : "no"),-10} {m.Mention.Phrase,-9} {Window(m.Mention.Folded, m.Mention.Start, m.Mention.End)}")));
        }
    }
}
