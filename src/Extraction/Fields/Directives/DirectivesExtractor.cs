using Extraction.Fields.Directives.Deadlines;
using Extraction.Fields.Directives.Outline;
using Extraction.Fields.Directives.Targets;
using Extraction.Fields.Directives.Tasks;
using Extraction.Records;
using Extraction.Segmentation;

namespace Extraction.Fields.Directives;

/// <summary>Who must do what by when: fills <c>tasks</c>, <c>targets</c>, <c>deadlines</c> and
/// <c>recurring</c> from the body. Runs after the header extractors: it reads the issue date (for
/// missing years and "kể từ ngày ký"), the issuer (which never assigns work to itself) and the
/// document type (a report's figures are results, not targets; its requests go to the body above).</summary>
public sealed class DirectivesExtractor(IMentionJudge? judge = null) : IFieldExtractor
{
    private readonly DeadlineFinder _deadlines = judge is null ? DeadlineFinder.Instance : new DeadlineFinder(judge);
    private readonly TargetFinder _targets = judge is null ? TargetFinder.Instance : new TargetFinder(judge);

    public void Extract(SegmentedLetter letter, LetterRecord record)
    {
        var outline = BodyOutline.Parse(letter.In(Zone.Body));
        var sentUpward = SentUpward(record.DocumentType);
        var ownership = TaskFinder.Instance.Find(outline, SpeaksForItsLeader(record) ? null : record.Issuer, sentUpward);
        var calendar = LetterCalendar.FromIssuedDate(record.IssuedDate);
        record.Tasks = [.. ownership.Tasks];
        record.Deadlines = [];
        record.Targets = [];
        record.Recurring = [];
        foreach (var item in outline.Items)
        {
            var report = sentUpward || ReportsResults(item);
            var underGoalHeading = item.Place is null && UnderGoalHeading(item);
            foreach (var paragraph in item.Paragraphs)
            {
                var context = report ? TargetContext.Report
                    : underGoalHeading || (item.Place is null && ownership.OwnerAt(paragraph, 0) is not null) ? TargetContext.Directive
                    : TargetContext.Framed;
                foreach (var found in _deadlines.Find(paragraph, calendar))
                {
                    var owner = ownership.OwnerAt(paragraph, found.Start);
                    // A report's date outside any task is when it asks the body above to act ("Đề nghị Bộ Y
                    // tế cung ứng vắc xin trong quý III/2025"): that body sets its own deadlines.
                    if (owner is null && sentUpward) continue;
                    AddDeadline(record, found, owner);
                }
                foreach (var found in RecurringDutyFinder.Instance.Find(paragraph))
                    AddRecurring(record, found, ownership.OwnerAt(paragraph, found.Start));
                foreach (var found in _targets.Find(paragraph, context))
                    AddTarget(record, found, ownership.OwnerAt(paragraph, found.Start));
            }
        }
    }

    private static void AddDeadline(LetterRecord record, FoundDeadline found, TaskItem? owner)
    {
        var date = found.Date.ToString("yyyy-MM-dd");
        record.Deadlines.Add(new Deadline
        {
            Date = date, Relation = found.Relation, Text = found.Text, Assignee = owner?.Assignee, TaskPath = owner?.Path,
        });
        owner?.Deadlines.Add(new TaskDeadline { Date = date, Relation = found.Relation, Text = found.Text });
    }

    private static void AddRecurring(LetterRecord record, FoundRecurringDuty found, TaskItem? owner) =>
        record.Recurring.Add(new RecurringDuty
        {
            Rule = found.Rule, Day = found.Day, Text = found.Text, Assignee = owner?.Assignee, TaskPath = owner?.Path,
        });

    private static void AddTarget(LetterRecord record, FoundTarget found, TaskItem? owner)
    {
        found.Target.TaskPath = owner?.Path;
        record.Targets.Add(found.Target);
        owner?.Targets.Add(found.Target);
    }

    /// <summary>A Văn phòng's Thông báo conveys its leader's conclusions ("Kết luận của Phó Thủ tướng ..."), which
    /// may give the Văn phòng itself work ("Văn phòng Chính phủ theo dõi, đôn đốc ...").</summary>
    private static bool SpeaksForItsLeader(LetterRecord record) =>
        string.Equals(record.DocumentType, "Thông báo", StringComparison.OrdinalIgnoreCase)
        && record.Issuer?.StartsWith("Văn phòng", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>A report or a submission goes to the body above: it reports and proposes; it sets
    /// no targets and cannot give that body work.</summary>
    private static bool SentUpward(string? documentType) =>
        documentType is not null && (documentType.Equals("Báo cáo", StringComparison.OrdinalIgnoreCase)
            || documentType.Equals("Tờ trình", StringComparison.OrdinalIgnoreCase));

    /// <summary>An item under a heading such as "I. KẾT QUẢ THỰC HIỆN" or "Tình hình ..." reports
    /// what was done; its percentages are results unless a goal word frames them. A lettered point or a
    /// bullet that opens with the verb ("a) Đánh giá tình hình ...; bảo đảm ... đạt trên 95%") is work.</summary>
    private static bool ReportsResults(OutlineItem item) =>
        item.Ancestors().Prepend(item).Any(i => i.Label is { Kind: not (LabelKind.Letter or LabelKind.Dash or LabelKind.Plus) } && ReportHeading(i.Heading));

    /// <summary>An item under "II. MỤC TIÊU", "Điều 1. Phê duyệt chỉ tiêu ...": its percentages are
    /// goals, as they are in an item that gives work. Elsewhere ("1. Đến ngày 30/4/2025, ... bằng
    /// 21,6% kế hoạch") a goal word must frame them.</summary>
    private static bool UnderGoalHeading(OutlineItem item) =>
        item.Ancestors().Prepend(item).Any(i => i.Label is not null && TargetFinder.FramesGoals(FoldedText.FoldChars(Start(i.Heading))));

    private static string Start(string heading) => heading.Length > 80 ? heading[..80] : heading;

    private static bool ReportHeading(string heading)
    {
        var folded = FoldedText.FoldChars(Start(heading));
        return folded.StartsWith("ket qua", StringComparison.Ordinal) || folded.StartsWith("tinh hinh", StringComparison.Ordinal)
            || folded.StartsWith("thuc trang", StringComparison.Ordinal) || folded.StartsWith("danh gia", StringComparison.Ordinal);
    }
}
