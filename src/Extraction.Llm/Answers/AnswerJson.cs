using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Extraction.Llm.Answers;

internal static class AnswerJson
{
    /// <summary>Vietnamese written as itself, not as \u escapes, which would cost six times the tokens.</summary>
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A copy of the tree with every string passed through <paramref name="map"/>.</summary>
    public static JsonNode? MapStrings(JsonNode? node, Func<string, string> map) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, MapStrings(p.Value, map)))),
        JsonArray a => new JsonArray(a.Select(item => MapStrings(item, map)).ToArray()),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonValue.Create(map(v.GetValue<string>())),
        _ => node?.DeepClone(),
    };
}
