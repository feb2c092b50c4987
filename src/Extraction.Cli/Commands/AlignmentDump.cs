using Extraction.Learning;
using Extraction.Learning.Corpus;
using Extraction.Learning.Mentions;
using static Extraction.Learning.Mentions.LetterMentions;

namespace Extraction.Cli.Commands;

/// <summary>Writes each training letter's lines with the zone aligned from its gold record and the
/// rules' zone, one file per letter, "*" where they differ; and the labelled percentages and
/// date phrases beside (&lt;id&gt;.mentions.txt): for checking both by eye.</summary>
internal static class AlignmentDump
{
    private static string Window(string folded, int start, int end) =>
        folded[Math.Max(0, start - 70)..start] + "[" + folded[start..end] + "]" + folded[end..Math.Min(folded.Length, end + 30)];

    public static void Write(IReadOnlyList<TrainingLetter> letters, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var letter in letters)
        {
            var rows = letter.Rules.Lines.Select((line, i) =>
            {
                var gold = LineLabels.ToZone(letter.Labels[i]).ToString();
                var rule = letter.Rules.Zones[i].ToString();
                return $"{(gold == rule ? ' ' : '*')} {letter.Labels[i],-18} {rule,-18} {line.Text}";
            });
            File.WriteAllLines(Path.Combine(folder, letter.Id + ".txt"), rows);
            var (percentages, dates) = LetterMentions.Of(letter);
            File.WriteAllLines(Path.Combine(folder, letter.Id + ".mentions.txt"),
                percentages.Select(m => $"{m.Label,-14} rules={(m.Mention.RulesSayTarget ? Target : NotTarget),-10} {m.Mention.Context,-9} {Window(m.Mention.Folded, m.Mention.Start, m.Mention.End)}")
                    .Concat(dates.Select(m => $"{m.Label,-14} rules={(m.Mention.RulesSayDeadline ? Deadline : "no"),-10} {m.Mention.Phrase,-9} {Window(m.Mention.Folded, m.Mention.Start, m.Mention.End)}")));
        }
    }
}
