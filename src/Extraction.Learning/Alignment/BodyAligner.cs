using System.Text.RegularExpressions;
using Extraction.Records;
using Extraction.Segmentation;

namespace Extraction.Learning.Alignment;

/// <summary>Labels the body: its lines are body, except those that open a gold task (the item line
/// that names the assignee, or the sentence "Giao Sở ..." of an unnumbered one) and stamp text or
/// page numbers printed among them.</summary>
internal sealed partial class BodyAligner(GoldLetter gold, IReadOnlyList<AlignedLine> lines)
{
    /// <summary>How far into its line a task's assignee may start: past a label, "Giao", "Đề nghị" or "Đơn vị chủ trì:".</summary>
    private const int HeadReach = 25;

    public void Label(string[] labels, int start, int end)
    {
        for (var i = start; i < end; i++)
            labels[i] = LineLabels.Of(LineShapes.IsStamp(lines[i].Folded) || PageNumber().IsMatch(lines[i].Text) ? Zone.Noise : Zone.Body);
        var cursor = start;
        foreach (var task in gold.Tasks)
        {
            var heading = FindHeading(task, cursor, end, labels, labelled: true);
            if (heading < 0) heading = FindHeading(task, cursor, end, labels, labelled: false);
            if (heading < 0) heading = FindHeading(task, start, end, labels, labelled: false);
            if (heading < 0) continue;
            labels[heading] = LineLabels.TaskHeading;
            cursor = heading + 1;
        }
    }

    private int FindHeading(TaskItem task, int from, int end, string[] labels, bool labelled)
    {
        var label = labelled ? ItemLabel(task.Path) : null;
        if (labelled && label is null) return -1;
        var head = string.Join(' ', FuzzyText.Normalize(task.Assignee!).Split(' ').Take(5));
        for (var i = from; i < end; i++)
        {
            if (labels[i] != LineLabels.Of(Zone.Body)) continue;
            if (label is not null && !label.IsMatch(lines[i].Folded)) continue;
            var joined = lines[i].Normalized + (i + 1 < end ? " " + lines[i + 1].Normalized : "");
            // The assignee opens the item or its sentence ("Giao Sở ...", "- Đơn vị chủ trì: Sở ..."),
            // and begins on this line, not on the next.
            var at = joined.IndexOf(head, StringComparison.Ordinal);
            if (at >= 0 && at <= Math.Min(HeadReach, lines[i].Normalized.Length)) return i;
        }
        return -1;
    }

    /// <summary>The pattern of the line that opens a path's last item: "2.c" → "c)", "Điều 3" → "Điều 3.", "III.1" → "1.".</summary>
    private static Regex? ItemLabel(string? path)
    {
        if (string.IsNullOrEmpty(path)) return null;
        if (path.StartsWith("Điều ", StringComparison.Ordinal) && !path.Contains('.'))
            return new Regex(@"^dieu\s+" + Regex.Escape(path[5..]) + @"\b");
        var last = Extraction.Text.VietnameseText.FoldLower(path.Split('.')[^1]);
        return new Regex(@"^" + Regex.Escape(last) + @"\s*[.)]");
    }

    // "2", "- 3 -": a page number; not "85%." (a wrapped sentence's end).
    [GeneratedRegex(@"^\s*-?\s*\d{1,3}\s*-?\s*$")]
    private static partial Regex PageNumber();
}
