using System.Text.RegularExpressions;
using Extraction.Records;
using Extraction.Segmentation;

namespace Extraction.Learning.Alignment;

/// <summary>Labels the body: its lines are body, except those that open a gold task (the item line
/// that names the assignee, or the sentence "Giao Sở ..." of an unnumbered one) and stamp text or
/// page numbers printed among them.</summary>
internal sealed partial class BodyAligner(GoldLetter gold, IReadOnlyList<AlignedLine> lines)
{
    private const int MaxHeadingWords = 8;

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
        var label = labelled ? PathLabel(task.Path) : null;
        if (labelled && label is null) return -1;
        var head = string.Join(' ', FuzzyText.Normalize(task.Assignee!).Split(' ').Take(5));
        for (var i = from; i < end; i++)
        {
            if (labels[i] != LineLabels.Of(Zone.Body)) continue;
            if (label is not null && !label.IsMatch(lines[i].Folded)) continue;
            if (!OpensItemOrSentence(i, from)) continue;
            // The assignee begins on this line (it may run on to the next), after nothing but the
            // item's label and a lead-in that gives the work.
            var own = FuzzyText.Normalize(ItemLabel().Replace(lines[i].Folded, "", 1));
            var joined = own + (i + 1 < end ? " " + lines[i + 1].Normalized : "");
            var at = joined.IndexOf(head, StringComparison.Ordinal);
            if (at >= 0 && at <= own.Length && LeadIn().IsMatch(joined[..at])) return i;
        }
        return -1;
    }

    /// <summary>A line that starts an item or a sentence, not one that carries on the line above
    /// ("(qua Phòng Quản lý ngân sách) trước ngày ...", "tịch UBND tỉnh giao Sở ..."): it starts with
    /// a label or a bullet, or the line above ends its sentence or clause or is a section heading
    /// ("III. TỔ CHỨC THỰC HIỆN", "Điều 2. Tổ chức thực hiện"; a labelled line of more words is an
    /// item wrapping onto this one).</summary>
    private bool OpensItemOrSentence(int i, int start)
    {
        if (i == start || ItemLabel().IsMatch(lines[i].Folded)) return true;
        var above = lines[i - 1];
        var text = above.Text.TrimEnd();
        if (text.Length == 0 || text[^1] is '.' or ';' or ':' or '!' || above.UpperShare > 0.9) return true;
        var label = ItemLabel().Match(above.Folded);
        return label.Success && FuzzyText.Normalize(above.Folded[label.Length..]).Split(' ').Length <= MaxHeadingWords;
    }

    /// <summary>The label that opens a path's last item, alone or after its parents': "2.c" → "c)" or
    /// "2.c)", "2.1" → "1." or "2.1.", "Điều 3" → "Điều 3.".</summary>
    private static Regex? PathLabel(string? path)
    {
        if (string.IsNullOrEmpty(path)) return null;
        if (path.StartsWith("Điều ", StringComparison.Ordinal) && !path.Contains('.'))
            return new Regex(@"^dieu\s+" + Regex.Escape(path[5..]) + @"\b");
        var folded = Extraction.Text.VietnameseText.FoldLower(path);
        var last = folded.LastIndexOf('.');
        var parents = last < 0 ? "" : "(?:" + Regex.Escape(folded[..(last + 1)]) + ")?";
        return new Regex(@"^" + parents + Regex.Escape(folded[(last + 1)..]) + @"\s*[.)]");
    }

    // "1.", "2.1.", "a)", "III.", "Điều 3." or a bullet, on the folded line.
    [GeneratedRegex(@"^\s*(?:[-+•*–]|(?:\d+\.)*\d+\s*[.)]|[a-z]\)|[ivxl]+\.|dieu\s+\d+\s*[.:]?)\s*")]
    private static partial Regex ItemLabel();

    // What may come before the assignee: nothing, "Giao (cho)", "Đề nghị", "Kiến nghị", "Yêu cầu"
    // (also after who asks: "Sở Tài chính đề nghị"), "Đối với", "Về phía", "Đơn vị chủ trì".
    [GeneratedRegex(@"^(?:(?:\S+ ){0,6}(?:giao(?: cho)?|de nghi|kien nghi|yeu cau) |doi voi |ve phia |don vi chu tri )?$")]
    private static partial Regex LeadIn();

    // "2", "- 3 -": a page number; not "85%." (a wrapped sentence's end).
    [GeneratedRegex(@"^\s*-?\s*\d{1,3}\s*-?\s*$")]
    private static partial Regex PageNumber();
}
