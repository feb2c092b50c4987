using System.Text.Json;
using Extraction.Records;

namespace Extraction.Fields.Directives.Agenda;

/// <summary>A file that could not be read as records, and why.</summary>
public sealed record UnreadableFile(string Path, string Reason);

/// <summary>Loads letter records from files and folders: <c>&lt;id&gt;.json</c> records (as
/// <c>extract --out</c> writes them) and JSON Lines (as <c>extract --jsonl</c> writes them). A file
/// that is not a record is reported with its reason and the others are still read.</summary>
public static class RecordFiles
{
    public static (IReadOnlyList<LetterRecord> Records, IReadOnlyList<UnreadableFile> Unreadable) Load(IEnumerable<string> paths)
    {
        var records = new List<LetterRecord>();
        var unreadable = new List<UnreadableFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path).Where(IsRecordFile).Order(StringComparer.Ordinal))
                    Read(file, records, unreadable);
            }
            else if (File.Exists(path)) Read(path, records, unreadable);
            else unreadable.Add(new UnreadableFile(path, "no such file or folder"));
        }
        return (records, unreadable);
    }

    private static bool IsRecordFile(string file) =>
        file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static void Read(string file, List<LetterRecord> records, List<UnreadableFile> unreadable)
    {
        try
        {
            if (file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                var number = 0;
                foreach (var line in File.ReadLines(file))
                {
                    number++;
                    if (line.Trim().Length == 0) continue;
                    try { records.Add(WithId(RecordJson.Deserialize(line), file)); }
                    catch (JsonException e) { unreadable.Add(new UnreadableFile($"{file}:{number}", Reason(e))); }
                }
            }
            else records.Add(WithId(RecordJson.Deserialize(File.ReadAllText(file)), file));
        }
        catch (JsonException e) { unreadable.Add(new UnreadableFile(file, Reason(e))); }
        catch (IOException e) { unreadable.Add(new UnreadableFile(file, e.Message)); }
        catch (UnauthorizedAccessException e) { unreadable.Add(new UnreadableFile(file, e.Message)); }
    }

    /// <summary>A record without an id is named after its file, so its rows still say which letter.</summary>
    private static LetterRecord WithId(LetterRecord record, string file)
    {
        if (string.IsNullOrEmpty(record.Id)) record.Id = Path.GetFileNameWithoutExtension(file);
        return record;
    }

    private static string Reason(JsonException e) =>
        $"not a letter record (JSON){(e.LineNumber is { } line ? $" at line {line + 1}" : "")}: {e.Message.Split('.')[0]}";
}
