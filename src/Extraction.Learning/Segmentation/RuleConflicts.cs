using Extraction.Segmentation;

namespace Extraction.Learning.Segmentation;

/// <summary>
/// The lines where the rule segmenter contradicts itself, the only ones the model may take from it
/// (docs/learning.md): the lines of a zone a letter has once (its number, place and date, title,
/// urgency, signer's name) that the rules gave to several lines, and the few body lines right under
/// a type title when the rules found no subject at all ("KẾ HOẠCH / Thực hiện công tác ..." reads
/// like a sentence). The line classifier is told which lines these are, so that there it does not
/// lean on the rules' zone.
/// </summary>
public sealed class RuleConflicts
{
    private static readonly Zone[] OncePerLetter = [Zone.Number, Zone.PlaceDate, Zone.Title, Zone.Urgency, Zone.SignerName];
    private const int LinesUnderTitle = 3;

    public RuleConflicts(IReadOnlyList<Zone> zones)
    {
        Contested = OncePerLetter.Select(zone => Enumerable.Range(0, zones.Count).Where(i => zones[i] == zone).ToList())
            .Where(lines => lines.Count > 1).SelectMany(lines => lines).Order().ToList();
        UnderSubjectlessTitle = UnderTitle(zones);
    }

    /// <summary>The lines of every once-per-letter zone the rules gave to more than one line.</summary>
    public IReadOnlyList<int> Contested { get; }

    /// <summary>The body lines right under the title, in order, when the rules found no subject.</summary>
    public IReadOnlyList<int> UnderSubjectlessTitle { get; }

    public bool Any => Contested.Count > 0 || UnderSubjectlessTitle.Count > 0;

    public bool Concerns(int line) => Contested.Contains(line) || UnderSubjectlessTitle.Contains(line);

    private static List<int> UnderTitle(IReadOnlyList<Zone> zones)
    {
        var title = zones.ToList().IndexOf(Zone.Title);
        if (title < 0 || zones.Contains(Zone.Subject)) return [];
        return Enumerable.Range(title + 1, Math.Min(LinesUnderTitle, zones.Count - title - 1)).TakeWhile(i => zones[i] == Zone.Body).ToList();
    }
}
