using System.Text.Json;

namespace Extraction.Evaluation;

/// <summary>Reads record values the way score.py does: by dotted name, lenient about shapes.</summary>
internal static class JsonValues
{
    /// <summary>The first present value among dotted names ("signer.name").</summary>
    public static JsonElement? Pick(JsonElement record, params string[] names)
    {
        foreach (var name in names)
        {
            var current = record;
            var found = true;
            foreach (var part in name.Split('.'))
            {
                if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(part, out var next)) current = next;
                else
                {
                    found = false;
                    break;
                }
            }
            if (found) return current;
        }
        return null;
    }

    public static string? AsText(JsonElement? value)
    {
        if (value is not { } v) return null;
        return v.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object => FirstText(v, "name", "text", "value"),
            JsonValueKind.Array => string.Join(", ", v.EnumerateArray().Select(x => AsText(x) ?? "")),
            JsonValueKind.True => "True",
            JsonValueKind.False => "False",
            _ => v.GetRawText(),
        };
    }

    private static string? FirstText(JsonElement v, params string[] names)
    {
        foreach (var name in names)
            if (v.TryGetProperty(name, out var x) && AsText(x) is { Length: > 0 } text) return text;
        return null;
    }

    public static List<string> AsList(JsonElement? value)
    {
        if (value is not { } v || v.ValueKind == JsonValueKind.Null) return [];
        if (v.ValueKind == JsonValueKind.Array)
            return v.EnumerateArray().Select(x => AsText(x)).Where(t => !string.IsNullOrEmpty(t)).Select(t => t!).ToList();
        return AsText(v) is { } text ? [text] : [];
    }

    public static List<JsonElement> Objects(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Array } v ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Object).ToList() : [];

    public static string? Str(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var x) ? AsText(x) : null;

    public static double? Number(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var x)) return null;
        return x.ValueKind switch
        {
            JsonValueKind.Number => x.GetDouble(),
            JsonValueKind.String when double.TryParse(x.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };
    }
}
