using System.Text;

namespace Extraction.Search.Snippets;

/// <summary>A piece of text, <see cref="Matched"/> when it is a word the query found.</summary>
public sealed record SnippetPart(string Text, bool Matched);

/// <summary>An excerpt of a letter around the words a query matched. It holds plain text; each
/// output (HTML, terminal) escapes it for itself, so letter text can never become markup.</summary>
public sealed class Snippet(IReadOnlyList<SnippetPart> parts)
{
    public static readonly Snippet Empty = new([]);

    public IReadOnlyList<SnippetPart> Parts { get; } = parts;

    public string PlainText => string.Concat(Parts.Select(p => p.Text));

    /// <summary>HTML-encoded text with each matched word in &lt;mark&gt;.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        foreach (var part in Parts)
        {
            if (part.Matched) html.Append("<mark>");
            AppendEncoded(html, part.Text);
            if (part.Matched) html.Append("</mark>");
        }
        return html.ToString();
    }

    // Only the characters that are markup: Vietnamese letters stay readable in the page source.
    private static void AppendEncoded(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
    }
}
