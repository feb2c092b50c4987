using System.Text.RegularExpressions;
using Extraction.Fields.Directives.Outline;
using Extraction.Records;
using Extraction.Text;

namespace Extraction.Fields.Directives.Tasks;

/// <summary>Finds the tasks of a letter in its outline and which task owns each stretch of text.
/// A task is an item that names who is responsible (in its heading, or in a "giao" clause, or in
/// a plan's "Đơn vị chủ trì:" line), a bullet naming a body other than its item's, or a sentence
/// outside the items ("Giao Phòng Nội vụ tổng hợp ..."). Items without a body of their own belong
/// to the task around them.</summary>
public sealed partial class TaskFinder
{
    public static readonly TaskFinder Instance = new();

    /// <param name="issuer">The letter's issuer, if known: it never assigns work to itself.</param>
    /// <param name="sentUpward">A report or a submission (Báo cáo, Tờ trình): its requests ("Đề nghị
    /// UBND tỉnh chỉ đạo ...") go to the body above, which the letter cannot task.</param>
    public TaskOwnership Find(BodyOutline outline, string? issuer = null, bool sentUpward = false)
    {
        var items = outline.Items.Where(i => i.Label is not null).ToList();
        var leadInNamesBody = items.Count > 0 && !items.Any(i => Run.ItemAssignee(i).Match is not null);
        var run = new Run(issuer, sentUpward, leadInNamesBody);
        foreach (var item in outline.Items) run.Visit(item);
        return run.Finish();
    }

    /// <param name="leadInNamesBody">The letter has a list and no item of it names a body: the lead-in
    /// that introduces the list ("Cục ... đề nghị Sở Tài chính các tỉnh, thành phố:") names who does
    /// the work of every item.</param>
    private sealed class Run(string? issuer, bool sentUpward, bool leadInNamesBody)
    {
        private readonly IReadOnlySet<string> _issuerWords = BodyKey.IssuerWords(issuer);
        private readonly List<TaskItem> _tasks = [];
        private readonly List<OwnedSegment> _segments = [];
        private readonly Dictionary<OutlineItem, TaskItem?> _owners = [];
        private readonly Dictionary<TaskItem, (Paragraph Paragraph, int Offset)> _textStarts = [];
        // A letter compares the same few names again and again, clause after clause.
        private readonly Dictionary<string, IReadOnlySet<string>> _bodyWords = [];

        // The lead-in's body, when it is the one named for the list's work.
        private TaskItem? _leadInOwner;

        public void Visit(OutlineItem item)
        {
            var inherited = item.Parent is { IsRoot: false } parent ? _owners[parent] : item.Label is not null ? _leadInOwner : null;
            TaskItem? own = null;
            if (item.Place is null && !UnderApprovingArticle(item) && ItemAssignee(item) is var (match, paragraph) && match is not null
                && !(item.IsBullet && inherited is not null && SameBodies(match.Assignee, inherited.Assignee)))
            {
                own = Accept(match, paragraph!, item.Path);
            }
            var owner = own ?? inherited;
            _owners[item] = owner;
            foreach (var p in item.Paragraphs) Segment(p, item, owner);
        }

        public TaskOwnership Finish()
        {
            foreach (var task in _tasks)
            {
                task.Text = TextOf(task);
                task.Role ??= RoleOf(FoldedText.FoldChars(task.Text));
            }
            return new TaskOwnership(_tasks, _segments);
        }

        /// <summary>The body an item names, and the paragraph where it is named. An order that ends
        /// the heading with a colon and introduces sub-items naming their own bodies ("2. Để phấn đấu
        /// ..., yêu cầu các sở, ngành ... thực hiện tốt các nhiệm vụ sau:") is no task of its own.</summary>
        public static (AssigneeMatch? Match, Paragraph? Paragraph) ItemAssignee(OutlineItem item)
        {
            var heading = item.Paragraphs.FirstOrDefault();
            if (heading is null) return (null, null);
            var hasContent = item.Children.Count > 0 || item.Paragraphs.Count > 1;
            var found = AssigneeReader.FromHeading(heading.Folded, wholeHeadingMayBeName: !item.IsBullet && hasContent);
            if (found is not null) return (found, heading);
            foreach (var paragraph in item.IsBullet ? [heading] : item.Paragraphs)
            {
                var giao = AssigneeReader.FromOrder(paragraph.Folded, 0, paragraph.Content.Length);
                if (giao is null) continue;
                if (paragraph == heading && IntroducesList(heading.Content) && item.Children.Any(c => ItemAssignee(c).Match is not null)) break;
                return (giao, paragraph);
            }
            if (item.IsBullet) return (null, null);
            if (ExecutorsClause(item) is { } executors) return executors;
            foreach (var paragraph in item.Paragraphs.Skip(1).Concat(item.Children.Where(c => c.IsBullet).Select(c => c.Paragraphs[0])))
            {
                var lead = AssigneeReader.FromLeadLine(paragraph.Folded);
                if (lead is not null) return (lead, paragraph);
            }
            return (null, null);
        }

        /// <summary>A decision's executors clause after another sentence of its article ("Điều 3.
        /// Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng ... chịu trách nhiệm thi hành
        /// Quyết định này"): its bodies are the article's task.</summary>
        private static (AssigneeMatch, Paragraph)? ExecutorsClause(OutlineItem item)
        {
            foreach (var paragraph in item.Paragraphs)
                foreach (var (start, end) in Sentences.Spans(paragraph.Content))
                {
                    var match = AssigneeReader.FromSubject(paragraph.Folded, start, end);
                    if (match is not null && ExecutesTheDecision().IsMatch(paragraph.Folded.Folded[match.PredicateStart..end])) return (match, paragraph);
                }
            return null;
        }

        /// <summary>Cuts a paragraph where a sentence hands work to another body, and records
        /// who owns each piece. A sentence may open with its body ("Sở Nội vụ theo dõi, ...")
        /// outside the items, or in the running text of an item that already gives work.</summary>
        private void Segment(Paragraph paragraph, OutlineItem item, TaskItem? owner)
        {
            var start = 0;
            var text = paragraph.Folded;
            var subjectsMayOpen = item.Place is not null
                || (owner is not null || UndertakingHeading(item)) && !item.IsBullet && paragraph != item.Paragraphs[0];
            // "4. Sở Công Thương chỉ đạo ...; Sở Giao thông vận tải chỉ đạo ...": an item's first sentence
            // may give work to a second body after a semicolon.
            var headingGivesWork = owner is not null && !item.IsBullet && item.Place is null && paragraph == item.Paragraphs[0];
            var firstSentenceEnd = -1;
            foreach (var (sentenceStart, sentenceEnd, wholeSentenceEnd) in Clauses(paragraph.Content))
            {
                if (firstSentenceEnd < 0) firstSentenceEnd = wholeSentenceEnd;
                // A sentence that ends in a colon introduces the list that gives the work; it names
                // who does it only when no item of the list does.
                var leadIn = IntroducesList(paragraph.Content[sentenceStart..wholeSentenceEnd]);
                if (leadIn && !(leadInNamesBody && item.Place == FreeParagraphPlace.LeadIn)) continue;
                var afterSemicolon = headingGivesWork && wholeSentenceEnd == firstSentenceEnd && sentenceStart > 0 && paragraph.Content[sentenceStart - 1] == ';';
                var match = AssigneeReader.FromOrder(text, sentenceStart, sentenceEnd)
                    ?? (!leadIn && (subjectsMayOpen || afterSemicolon) ? AssigneeReader.FromSubject(text, sentenceStart, sentenceEnd) : null);
                if (match is null || (owner is not null && SameBodies(match.Assignee, owner.Assignee))) continue;
                if (GenericRequest().IsMatch(text.Folded[match.PredicateStart..sentenceEnd])) continue;
                var task = Accept(match, paragraph, item.Path);
                if (task is null) continue;
                if (leadIn) _leadInOwner = task;
                if (sentenceStart > start) _segments.Add(new OwnedSegment(paragraph, start, sentenceStart, owner));
                start = sentenceStart;
                owner = task;
            }
            _segments.Add(new OwnedSegment(paragraph, start, paragraph.Content.Length, owner));
        }

        private TaskItem? Accept(AssigneeMatch match, Paragraph paragraph, string? path)
        {
            var predicate = paragraph.Folded.Folded[match.PredicateStart..];
            if (predicate.StartsWith("chiu trach nhiem truoc", StringComparison.Ordinal)) return null;
            if (BodyKey.IsWithin(match.Assignee, _issuerWords)) return null;
            if (sentUpward && match.Request is "de nghi" or "kinh de nghi" or "kien nghi" or "kinh trinh") return null;
            var task = new TaskItem
            {
                Path = path,
                Assignee = match.Assignee,
                Assignees = AssigneeSplitter.Split(match.Assignee),
                Role = match.Role,
            };
            _tasks.Add(task);
            _textStarts[task] = (paragraph, match.PredicateStart);
            return task;
        }

        private bool SameBodies(string candidate, string known) => BodyKey.SameBodies(BodyWordsOf(candidate), BodyWordsOf(known));

        private IReadOnlySet<string> BodyWordsOf(string name)
        {
            if (!_bodyWords.TryGetValue(name, out var words)) _bodyWords[name] = words = BodyKey.BodyWords(name);
            return words;
        }

        private static string? RoleOf(string foldedPredicate) =>
            foldedPredicate.StartsWith("chu tri", StringComparison.Ordinal) ? "lead"
            : foldedPredicate.StartsWith("phoi hop", StringComparison.Ordinal) ? "support"
            : null;

        private string TextOf(TaskItem task)
        {
            var (first, offset) = _textStarts[task];
            var pieces = _segments
                .Where(s => s.Owner == task)
                .Select(s => s.Paragraph == first && s.Start <= offset && offset <= s.End ? s.Paragraph.Content[offset..s.End] : s.Text)
                .Select(t => t.Trim())
                .Where(t => t.Length > 0);
            return string.Join(' ', pieces).TrimEndChars("/. ") is { Length: > 0 } text ? text : "";
        }

        private static bool IntroducesList(string sentence) => sentence.AsSpan().TrimEnd().EndsWith(':');

        /// <summary>"Điều 1. Phê duyệt chỉ tiêu ... giao cho các đơn vị như sau:": the points under an article that
        /// approves name who a figure is for ("1. Trung tâm Y tế khu vực Bảo Thắng: tỷ lệ ... đạt tối thiểu 97%"),
        /// not who must do what.</summary>
        private static bool UnderApprovingArticle(OutlineItem item) =>
            item.Ancestors().Any(a => a.Label?.Kind == LabelKind.Article && a.Paragraphs.Count > 0 && ApprovingArticle().IsMatch(a.Paragraphs[0].Folded.Folded));

        /// <summary>"III. TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ": under such a heading a sentence that
        /// opens with a body ("Phòng Tham mưu có trách nhiệm theo dõi, ...") gives it work.</summary>
        private static bool UndertakingHeading(OutlineItem item) =>
            item.Label is { IsBullet: false } && item.Paragraphs.Count > 0 && UndertakingTitle().IsMatch(item.Paragraphs[0].Folded.Folded);

        /// <summary>Sentences, cut again at semicolons: "X có trách nhiệm ...; Y chỉ đạo ..." gives two.
        /// Each clause comes with the end of the sentence it is in.</summary>
        private static IEnumerable<(int Start, int End, int SentenceEnd)> Clauses(string text)
        {
            foreach (var (start, end) in Sentences.Spans(text))
            {
                var from = start;
                for (var i = start; i < end; i++)
                {
                    if (text[i] != ';') continue;
                    yield return (from, i + 1, end);
                    from = i + 1;
                }
                if (from < end) yield return (from, end, end);
            }
        }
    }

    [GeneratedRegex(@"^(?:chiu trach nhiem )?thi hanh\b")]
    private static partial Regex ExecutesTheDecision();

    [GeneratedRegex(@"^\W*(?:phe duyet|ban hanh|cong nhan)\b")]
    private static partial Regex ApprovingArticle();

    [GeneratedRegex(@"^\W*(?:to chuc thuc hien|phan cong (?:nhiem vu|thuc hien|trach nhiem)|trach nhiem (?:thuc hien|cua cac)|nhiem vu cua cac)\b")]
    private static partial Regex UndertakingTitle();

    // The closing request that names no work of its own ("... nghiêm túc triển khai thực hiện./.",
    // "... quan tâm chỉ đạo;"), and the issuing office's "... thông báo để các cơ quan biết, thực hiện".
    [GeneratedRegex(@"^(?:co trach nhiem\s+)?(?:(?:nghiem tuc|khan truong|to chuc|trien khai|phoi hop|quan tam|chi dao|kip thoi|thuc hien|tot|nghiem)[\s,]*)+(?:(?:cong van|cong dien|chi thi|thong bao|ke hoach|quyet dinh|huong dan|chuong trinh|nghi quyet|ket luan|van ban)\s+nay|cac noi dung (?:tren|nay|neu tren))?\W*$|^thong bao (?:de|cho)\b[^.;]*\bbiet\b")]
    private static partial Regex GenericRequest();
}
