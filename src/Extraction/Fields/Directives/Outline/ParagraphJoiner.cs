using Extraction.Text;

namespace Extraction.Fields.Directives.Outline;

/// <summary>Joins the body's lines into paragraphs. A text file has one paragraph per line, a PDF
/// or a scan wraps each paragraph over several lines, and a page end may cut a sentence anywhere;
/// the same rules serve all three. A line opens a new paragraph when the line before it ended
/// (closing punctuation, or a line clearly shorter than the column) and it starts like a
/// paragraph does (a list label or a capital); a line that starts in lower case always continues.
/// When the reader gave line boxes, a first-line indent also opens a paragraph.</summary>
public sealed class ParagraphJoiner
{
    public static readonly ParagraphJoiner Instance = new();

    public IReadOnlyList<Paragraph> Join(IReadOnlyList<Line> lines)
    {
        var paragraphs = new List<Paragraph>();
        if (lines.Count == 0) return paragraphs;
        var layout = ColumnLayout.Measure(lines);
        var current = new List<Line> { lines[0] };
        for (var i = 1; i < lines.Count; i++)
        {
            if (OpensParagraph(lines[i - 1], lines[i], i + 1 < lines.Count ? lines[i + 1] : null, layout))
            {
                paragraphs.Add(Build(current));
                current = [];
            }
            current.Add(lines[i]);
        }
        paragraphs.Add(Build(current));
        return paragraphs;
    }

    private static bool OpensParagraph(Line previous, Line line, Line? next, ColumnLayout layout)
    {
        var text = line.Text;
        var label = ItemLabel.Read(text);
        if (label?.Kind == LabelKind.Article) return true;
        // A table row "| 1 | Diện tích ... | 101,1% |" is a line of its own, never a wrapped sentence.
        if (text.StartsWith('|') || previous.Text.StartsWith('|')) return true;
        if (!StartsLikeParagraph(text, label)) return false;
        return EndsParagraph(previous, layout) || layout.IsIndented(previous, line, next);
    }

    private static bool StartsLikeParagraph(string text, ItemLabel? label)
    {
        if (label is not null) return true;
        foreach (var c in text)
        {
            if (char.IsLetter(c)) return char.IsUpper(c);
            if (char.IsDigit(c)) return false;
        }
        return true;
    }

    private static bool EndsParagraph(Line line, ColumnLayout layout)
    {
        var text = line.Text.TrimEndChars(" *\"”’)_");
        if (text.Length == 0) return true;
        if (text[^1] is '.' or ';' or ':' or '!' or '?' or '…') return true;
        return layout.IsShort(line) || VietnameseText.IsUpperCase(line.Text);
    }

    private static Paragraph Build(List<Line> lines)
    {
        var text = string.Join(' ', lines.Select(l => l.Text.Trim()));
        return new Paragraph(RemoveEmphasis(VietnameseText.CollapseSpaces(text)), lines);
    }

    // Markdown emphasis left by OCR-to-markdown tools ("*trong tháng 6/2024*"); a leading "* " bullet stays.
    private static string RemoveEmphasis(string text)
    {
        var start = text.StartsWith("* ", StringComparison.Ordinal) ? 2 : 0;
        if (text.IndexOf('*', start) < 0) return text;
        return VietnameseText.CollapseSpaces(text[..start] + text[start..].Replace("*", ""));
    }
}
