using System.Text.Json;

namespace Extraction.Evaluation;

/// <summary>Loads gold and predicted records from folders as score.py does: one &lt;id&gt;.json per letter,
/// or JSON Lines files whose objects carry "id" or "source.fileName".</summary>
public static class ScoreFiles
{
    public static IReadOnlyList<JsonElement> LoadGold(string directory) =>
        Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal)
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement).ToList();

    public static IReadOnlyDictionary<string, JsonElement> LoadPredictions(string directory, TextWriter? warnings = null)
    {
        var predictions = new Dictionary<string, JsonElement>();
        foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".json", StringComparison.Ordinal))
            {
                try
                {
                    predictions[name[..^5]] = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
                }
                catch (JsonException e)
                {
                    warnings?.WriteLine($"warning: {name}: {e.Message}");
                }
            }
            else if (name.EndsWith(".jsonl", StringComparison.Ordinal))
            {
                foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
                {
                    var record = JsonDocument.Parse(line).RootElement;
                    var key = JsonValues.Str(record, "id") ?? JsonValues.AsText(JsonValues.Pick(record, "source.fileName")) ?? "";
                    predictions.TryAdd(Path.GetFileNameWithoutExtension(key), record);
                }
            }
        }
        return predictions;
    }
}
