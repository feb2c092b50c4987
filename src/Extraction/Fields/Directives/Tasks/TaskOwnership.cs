using Extraction.Fields.Directives.Outline;
using Extraction.Records;

namespace Extraction.Fields.Directives.Tasks;

/// <summary>A stretch [Start, End) of one paragraph and the task it belongs to (null: the letter
/// as a whole).</summary>
public sealed record OwnedSegment(Paragraph Paragraph, int Start, int End, TaskItem? Owner)
{
    public string Text => Paragraph.Content[Start..End];
}

/// <summary>The tasks of a letter and which task owns each stretch of the body, so that a deadline
/// or a target found anywhere is attributed to the innermost task around it.</summary>
public sealed class TaskOwnership
{
    private readonly Dictionary<Paragraph, List<OwnedSegment>> _byParagraph;

    public TaskOwnership(IReadOnlyList<TaskItem> tasks, IReadOnlyList<OwnedSegment> segments)
    {
        Tasks = tasks;
        Segments = segments;
        _byParagraph = segments.GroupBy(s => s.Paragraph).ToDictionary(g => g.Key, g => g.ToList());
    }

    public IReadOnlyList<TaskItem> Tasks { get; }
    /// <summary>Every paragraph of the body, cut where its owner changes, in reading order.</summary>
    public IReadOnlyList<OwnedSegment> Segments { get; }

    public TaskItem? OwnerAt(Paragraph paragraph, int offset)
    {
        if (!_byParagraph.TryGetValue(paragraph, out var segments)) return null;
        foreach (var segment in segments)
            if (offset >= segment.Start && offset < segment.End) return segment.Owner;
        return segments[^1].Owner;
    }
}
