namespace Extraction.Fields.Directives.Outline;

/// <summary>Builds the body's hierarchy from its paragraphs. Labels nest by kind (articles hold
/// Roman sections, which hold numbers, then letters, dashes, pluses), whatever order a letter
/// uses them in, so a skipped level does not derail the rest. An unlabelled paragraph continues
/// the item before it, except before the first item (the lead-in) and after the last one once a
/// closing sentence begins ("Yêu cầu ...", "Nhận được Công văn này ...").</summary>
public sealed class OutlineBuilder
{
    public static readonly OutlineBuilder Instance = new();

    public BodyOutline Build(IReadOnlyList<Paragraph> paragraphs)
    {
        var root = new OutlineItem(null, null, null);
        var ranks = RankTable.For(paragraphs);
        var lastLabelled = LastIndexWhere(paragraphs, p => p.Label is not null);
        var missingFirstArticle = MissingFirstArticle(paragraphs);
        var stack = new Stack<OutlineItem>([root]);
        var closing = false;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (paragraph.Label is { } label)
            {
                if (missingFirstArticle && label.Kind != LabelKind.Article && stack.Count == 1)
                {
                    // OCR lost "Điều 1." under a seal; its points are still the article's.
                    var article = new OutlineItem(new ItemLabel(LabelKind.Article, "Điều 1", 0), "Điều 1", root);
                    root.Children.Add(article);
                    stack.Push(article);
                    missingFirstArticle = false;
                }
                var rank = ranks.Of(label.Kind);
                if (!ranks.OpensLoneRomanSection(stack.Peek(), label))
                    while (stack.Count > 1 && ranks.Of(stack.Peek().Label!.Kind) >= rank) stack.Pop();
                var parent = stack.Peek();
                var item = new OutlineItem(label, ComposePath(parent.Path, label.PathToken), parent);
                item.Paragraphs.Add(paragraph);
                parent.Children.Add(item);
                stack.Push(item);
                continue;
            }
            closing = closing || (lastLabelled >= 0 && i > lastLabelled && ClosingSentence.Opens(paragraph));
            if (closing || stack.Count == 1)
            {
                var free = new OutlineItem(null, null, root, closing ? FreeParagraphPlace.Closing : FreeParagraphPlace.LeadIn);
                free.Paragraphs.Add(paragraph);
                root.Children.Add(free);
                continue;
            }
            stack.Peek().Paragraphs.Add(paragraph);
        }
        return new BodyOutline(root);
    }

    private static string? ComposePath(string? parentPath, string? token) =>
        token is null ? parentPath : parentPath is null ? token : parentPath + "." + token;

    /// <summary>True when the first article a decision shows is "Điều 2" and numbered points come
    /// before it: "Điều 1." was there but unreadable.</summary>
    private static bool MissingFirstArticle(IReadOnlyList<Paragraph> paragraphs)
    {
        var firstArticle = paragraphs.FirstOrDefault(p => p.Label?.Kind == LabelKind.Article);
        if (firstArticle?.Label?.PathToken != "Điều 2") return false;
        return paragraphs.TakeWhile(p => p != firstArticle).Any(p => p.Label?.Kind == LabelKind.Number);
    }

    private static int LastIndexWhere(IReadOnlyList<Paragraph> paragraphs, Func<Paragraph, bool> predicate)
    {
        for (var i = paragraphs.Count - 1; i >= 0; i--)
            if (predicate(paragraphs[i])) return i;
        return -1;
    }

    /// <summary>The nesting rank of each label kind in one letter. A letter with a single Roman
    /// heading ("I." and no "II.") uses it as a peer of its numbered items, not as their parent:
    /// "I. Thủ trưởng ...: 1. Quán triệt ... 2. Các Thành viên ..." holds "1." and stops at "2.".</summary>
    private sealed class RankTable
    {
        private readonly bool _loneRoman;

        private RankTable(bool loneRoman) => _loneRoman = loneRoman;

        public static RankTable For(IReadOnlyList<Paragraph> paragraphs)
        {
            var romans = paragraphs.Count(p => p.Label?.Kind == LabelKind.Roman);
            var numbers = paragraphs.Any(p => p.Label?.Kind == LabelKind.Number);
            return new RankTable(romans == 1 && numbers);
        }

        public int Of(LabelKind kind) => kind == LabelKind.Roman && _loneRoman ? (int)LabelKind.Number : (int)kind;

        public bool OpensLoneRomanSection(OutlineItem top, ItemLabel label) =>
            _loneRoman && top.Label?.Kind == LabelKind.Roman && label is { Kind: LabelKind.Number, PathToken: "1" };
    }
}
