using System.Text;

namespace Extraction.Text;

/// <summary>The letter's text as the pipeline read it: one line per line, "--- page N ---" between pages.</summary>
public static class LetterTextRenderer
{
    public static string Render(IEnumerable<Line> lines)
    {
        var builder = new StringBuilder();
        var page = 0;
        foreach (var line in lines)
        {
            if (line.Page != page)
            {
                if (page != 0) builder.Append("--- page ").Append(line.Page).Append(" ---\n");
                page = line.Page;
            }
            builder.Append(line.Text).Append('\n');
        }
        return builder.ToString();
    }
}
