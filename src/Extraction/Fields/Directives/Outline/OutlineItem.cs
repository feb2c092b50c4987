namespace Extraction.Fields.Directives.Outline;

/// <summary>Where an unlabelled paragraph outside every list item stands in the letter.</summary>
public enum FreeParagraphPlace
{
    /// <summary>Before the first list item: the grounds and the lead-in ("... có ý kiến như sau:").</summary>
    LeadIn,
    /// <summary>After the list: closing requests and instructions for the whole letter.</summary>
    Closing,
}

/// <summary>One node of the body's hierarchy: a labelled item with the paragraphs it owns and its
/// sub-items, or an unlabelled paragraph standing outside every item. The root holds them all.</summary>
public sealed class OutlineItem
{
    internal OutlineItem(ItemLabel? label, string? path, OutlineItem? parent, FreeParagraphPlace? place = null)
    {
        Label = label;
        Path = path;
        Parent = parent;
        Place = place;
    }

    /// <summary>Null for the root and for free paragraphs.</summary>
    public ItemLabel? Label { get; }
    /// <summary>"2.c", "I.1", "Điều 2.1"; a bullet shares its parent's path; null outside numbered items.</summary>
    public string? Path { get; }
    public OutlineItem? Parent { get; }
    /// <summary>Set for free paragraphs only.</summary>
    public FreeParagraphPlace? Place { get; }
    /// <summary>The labelled paragraph first, then the unlabelled paragraphs that continue it.
    /// Empty for the root and for an article whose heading line was lost.</summary>
    public List<Paragraph> Paragraphs { get; } = [];
    public List<OutlineItem> Children { get; } = [];

    public bool IsRoot => Parent is null;
    public bool IsBullet => Label?.IsBullet == true;

    /// <summary>The text after the label of the item's first paragraph.</summary>
    public string Heading => Paragraphs.Count > 0 ? Paragraphs[0].Content : "";

    /// <summary>This item and everything under it, in reading order.</summary>
    public IEnumerable<OutlineItem> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var item in child.SelfAndDescendants())
                yield return item;
    }

    public IEnumerable<OutlineItem> Ancestors()
    {
        for (var item = Parent; item is not null; item = item.Parent) yield return item;
    }

    public override string ToString() => $"{Path ?? "-"} {Heading}";
}
