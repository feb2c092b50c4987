using Extraction.Text;

namespace Extraction.Fields.Directives.Outline;

/// <summary>One paragraph of the body: its lines joined with single spaces, and the list label
/// that opens it, if any. <see cref="Text"/> keeps the label; <see cref="Content"/> drops it.</summary>
public sealed class Paragraph
{
    public Paragraph(string text, IReadOnlyList<Line> lines)
    {
        Text = text;
        Lines = lines;
        Label = ItemLabel.Read(text);
        Content = Label is null ? text : text[Label.Length..];
        Folded = new FoldedText(Content);
    }

    public string Text { get; }
    public IReadOnlyList<Line> Lines { get; }
    public ItemLabel? Label { get; }
    /// <summary>The text after the label.</summary>
    public string Content { get; }
    internal FoldedText Folded { get; }

    public override string ToString() => Text;
}
