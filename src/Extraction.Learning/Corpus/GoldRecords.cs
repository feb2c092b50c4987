using System.Text.Json.Nodes;
using Extraction.Records;

namespace Extraction.Learning.Corpus;

/// <summary>Reads a gold record into the record type. Gold writes its warnings as bare codes
/// ("has-annex"), where a record has code and message.</summary>
public static class GoldRecords
{
    public static LetterRecord Load(string path)
    {
        var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        if (node["warnings"] is JsonArray warnings)
            node["warnings"] = new JsonArray(warnings.Select(w => w is JsonValue v && v.TryGetValue<string>(out var code)
                ? new JsonObject { ["code"] = code, ["message"] = "" } : w?.DeepClone()).ToArray());
        return RecordJson.Deserialize(node.ToJsonString());
    }
}
