using Extraction.Text;

namespace Extraction.Fields.Directives.Outline;

/// <summary>The body of a letter as a tree of list items (see <see cref="OutlineBuilder"/>).</summary>
public sealed class BodyOutline
{
    internal BodyOutline(OutlineItem root) => Root = root;

    public OutlineItem Root { get; }

    /// <summary>Every item and free paragraph, in reading order, without the root.</summary>
    public IEnumerable<OutlineItem> Items => Root.SelfAndDescendants().Skip(1);

    public static BodyOutline Parse(IReadOnlyList<Line> bodyLines) =>
        OutlineBuilder.Instance.Build(ParagraphJoiner.Instance.Join(TaskTable.Unfold(bodyLines)));
}
