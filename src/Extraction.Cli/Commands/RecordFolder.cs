using System.Text.Json;
using Extraction.Records;

namespace Extraction.Cli.Commands;

/// <summary>A record file as `extract --out` writes it, and when it was written (when the letter was extracted).</summary>
public sealed record RecordFile(string Path, LetterRecord Record, DateTime WrittenAt);

/// <summary>Reads the <c>&lt;id&gt;.json</c> records of a folder (or one record file) with the time each
/// file was written, which `register` takes as the letter's arrival when no arrival log is given
/// (RecordFiles reads records alone). A file that is not a record is reported with its reason and
/// the others are still read.</summary>
public static class RecordFolder
{
    public static (IReadOnlyList<RecordFile> Records, IReadOnlyList<string> Problems) Load(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path] : [];
        if (files.Count == 0) return ([], [$"{path}: no such folder or file, or no .json records in it"]);
        var records = new List<RecordFile>();
        var problems = new List<string>();
        foreach (var file in files)
        {
            try
            {
                records.Add(new RecordFile(file, RecordJson.Deserialize(File.ReadAllText(file)), File.GetLastWriteTime(file)));
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                problems.Add($"{file}: not a letter record ({e.Message.Split(Environment.NewLine)[0]})");
            }
        }
        return (records, problems);
    }

    public static void Report(IEnumerable<string> problems)
    {
        foreach (var problem in problems) Console.Error.WriteLine("skipped " + problem);
    }
}
