using System.Text;

namespace Extraction.Fields.Directives.Agenda;

/// <summary>Writes task rows as CSV (RFC 4180), UTF-8 with a byte-order mark so that spreadsheet
/// programs show Vietnamese correctly.</summary>
public static class AgendaCsv
{
    private static readonly string[] Header = ["assignee", "task", "deadline", "relation", "deadline_text", "targets", "letter", "path"];

    public static void Write(string path, IEnumerable<AgendaRow> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Write(writer, rows);
    }

    public static void Write(TextWriter writer, IEnumerable<AgendaRow> rows)
    {
        writer.Write(string.Join(',', Header) + "\r\n");
        foreach (var row in rows)
        {
            string?[] fields = [row.Assignee, row.Task, row.DueDate?.ToString("yyyy-MM-dd"), row.Relation, row.DeadlineText, row.Targets, row.Letter, row.Path];
            writer.Write(string.Join(',', fields.Select(Quote)) + "\r\n");
        }
    }

    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field)) return "";
        return field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
    }
}
