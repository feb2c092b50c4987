using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Extraction.Llm.Answers;

/// <summary>A checked answer as it was first received, with the tokens it cost then.</summary>
public sealed record CachedAnswer(JsonNode Answer, int InputTokens, int OutputTokens);

/// <summary>
/// Checked answers on disk, one file per request: named by the letter's SHA-256 (so a letter's entries can
/// be found and removed) and a key over the model, the prompt version and the exact messages sent. A
/// changed prompt, schema, rule result or redaction setting is a new key; the same letter asked the same
/// way again costs no request. Only checked answers are kept, never faults.
/// </summary>
public sealed class AnswerCache(string directory)
{
    public static string KeyOf(string model, string promptVersion, string schemaName, IEnumerable<string> messages)
    {
        var text = string.Join("\u0000", new[] { model, promptVersion, schemaName }.Concat(messages));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public CachedAnswer? Get(string letterSha256, string key)
    {
        var path = PathOf(letterSha256, key);
        if (!File.Exists(path)) return null;
        try
        {
            var entry = JsonNode.Parse(File.ReadAllText(path));
            return entry?["answer"] is { } answer
                ? new CachedAnswer(answer.DeepClone(), entry["inputTokens"]?.GetValue<int>() ?? 0, entry["outputTokens"]?.GetValue<int>() ?? 0)
                : null;
        }
        catch (Exception e) when (e is JsonException or IOException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Written to a temporary name and moved, so a parallel reader never sees half an entry.
    /// False when the folder cannot be written.</summary>
    public bool Put(string letterSha256, string key, CachedAnswer answer)
    {
        var entry = new JsonObject { ["answer"] = answer.Answer.DeepClone(), ["inputTokens"] = answer.InputTokens, ["outputTokens"] = answer.OutputTokens };
        var path = PathOf(letterSha256, key);
        try
        {
            Directory.CreateDirectory(directory);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, entry.ToJsonString(), new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private string PathOf(string letterSha256, string key) =>
        Path.Combine(directory, $"{(letterSha256.Length >= 16 ? letterSha256[..16] : letterSha256)}-{key[..32]}.json");
}
