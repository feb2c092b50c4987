using System.Text.Json.Nodes;
using Extraction.Records;
using Extraction.Text;

namespace Extraction.Search.Tests.Fixtures;

/// <summary>
/// The corpus's gold records as the pipeline will write them: a folder of &lt;id&gt;.json records with
/// &lt;id&gt;.txt texts (normalised) where the corpus has the letter as text. Gold differs from the contract in two
/// places, converted here: "warnings" are plain codes (the contract has {code, message}) and the
/// input file is "input" (the contract has source.fileName).
/// </summary>
public static class GoldCorpus
{
    public static string RepositoryRoot { get; } = FindRoot();
    public static string GoldDirectory => Path.Combine(RepositoryRoot, "corpus", "gold");
    public static string LettersDirectory => Path.Combine(RepositoryRoot, "corpus", "letters");

    public static IReadOnlyList<LetterRecord> Records() => Directory.EnumerateFiles(GoldDirectory, "*.json")
        .Order(StringComparer.Ordinal).Select(Read).ToList();

    public static LetterRecord Read(string goldPath)
    {
        var gold = JsonNode.Parse(File.ReadAllText(goldPath))!.AsObject();
        if (gold["warnings"] is JsonArray warnings)
        {
            gold["warnings"] = new JsonArray(warnings.Select(w => (JsonNode)new JsonObject
            {
                ["code"] = w!.GetValue<string>(),
                ["message"] = "",
            }).ToArray());
        }
        var record = RecordJson.Deserialize(gold.ToJsonString());
        var input = gold["input"]?.GetValue<string>();
        if (input is not null)
        {
            record.Source.FileName = input;
            record.Source.MediaType = input.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "text/plain";
        }
        return record;
    }

    /// <summary>Writes the converted records and the corpus texts into a folder as a batch extraction would.</summary>
    public static void WriteRecordsFolder(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var record in Records())
        {
            File.WriteAllText(Path.Combine(directory, record.Id + ".json"), RecordJson.Serialize(record));
            var text = Path.Combine(LettersDirectory, record.Id + ".txt");
            if (File.Exists(text)) File.WriteAllText(Path.Combine(directory, record.Id + ".txt"), NormalizedText(text));
        }
    }

    /// <summary>The letter's text as the batch writes it: the normalise stage's lines.</summary>
    private static string NormalizedText(string path) =>
        string.Join('\n', LetterText.FromString(File.ReadAllText(path)).Lines.Select(l => l.Text));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "corpus", "gold"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("corpus/gold was not found above " + AppContext.BaseDirectory);
    }
}
