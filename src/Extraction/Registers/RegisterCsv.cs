using System.Text;

namespace Extraction.Registers;

/// <summary>A register as CSV (RFC 4180): a heading line, then one line per letter, dates dd/MM/yyyy.
/// UTF-8 with a byte-order mark, which spreadsheet programs need to show Vietnamese correctly.</summary>
public static class RegisterCsv
{
    public static void Write(string path, RegisterTable table)
    {
        var text = new StringBuilder();
        AppendLine(text, table.Columns.Select(c => c.Heading));
        foreach (var row in table.Rows) AppendLine(text, row.Select(c => c.Text));
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    private static void AppendLine(StringBuilder text, IEnumerable<string> fields) =>
        text.AppendJoin(',', fields.Select(Quote)).Append("\r\n");

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
