using System.Text.Json.Nodes;
using Extraction.Text;

namespace Extraction.Llm.Verification;

/// <summary>A change the model proposes: the field, its new value, the line that shows it, and why.</summary>
public sealed record ProposedChange(VerifiableField Field, JsonNode? Value, Line Evidence, string Reason)
{
    public string Describe(JsonNode? current) =>
        $"{Field.Name}: {current?.ToJsonString() ?? "null"} → {Value?.ToJsonString() ?? "null"} ({Reason})";
}
