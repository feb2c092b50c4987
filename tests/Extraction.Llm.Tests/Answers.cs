using System.Text.Json.Nodes;

namespace Extraction.Llm.Tests;

/// <summary>Model answers as the schemas shape them, for the fake endpoint to send.</summary>
public static class Answers
{
    public static JsonObject Change(string field, JsonNode? value, (int Page, int Line) at, string reason) => new()
    {
        ["field"] = field, ["value"] = value, ["page"] = at.Page, ["line"] = at.Line, ["reason"] = reason,
    };

    public static string Verify(params JsonObject[] changes) => new JsonObject { ["changes"] = new JsonArray(changes) }.ToJsonString();

    public static string NoChanges => Verify();
}
