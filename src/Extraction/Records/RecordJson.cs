using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extraction.Records;

/// <summary>The one JSON shape of a record: camelCase, UTF-8 without \u escapes for Vietnamese,
/// nulls written out (the contract says a missing scalar is null, not absent).</summary>
public static class RecordJson
{
    public static readonly JsonSerializerOptions Indented = Create(indented: true);
    public static readonly JsonSerializerOptions Compact = Create(indented: false);

    public static string Serialize(LetterRecord record, bool indented = true) =>
        JsonSerializer.Serialize(record, indented ? Indented : Compact);

    public static LetterRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<LetterRecord>(json, Compact) ?? throw new JsonException("The record is JSON null.");

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        PropertyNameCaseInsensitive = true,
    };
}
