using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace Extraction.Llm.Answers;

/// <summary>
/// A JSON schema shipped inside this assembly: the shape an answer must have (sent to the model as its
/// structured-output format, and checked again here, since not every endpoint enforces it), or the
/// record contract (schema/letter-record.schema.json) a changed record must still meet.
/// </summary>
public sealed class AnswerSchema
{
    public static readonly AnswerSchema Verify = new("verify_answer", "verify-answer.schema.json");
    public static readonly AnswerSchema Extract = new("extract_answer", "extract-answer.schema.json");
    public static readonly AnswerSchema RecordContract = new("letter_record", "letter-record.schema.json");

    private readonly Lazy<JsonSchema> _validator;

    private AnswerSchema(string name, string resource)
    {
        Name = name;
        Text = ReadResource(resource);
        _validator = new Lazy<JsonSchema>(() => JsonSchema.FromJsonAsync(Text).GetAwaiter().GetResult());
    }

    /// <summary>The name the structured-output format carries.</summary>
    public string Name { get; }
    public string Text { get; }

    /// <summary>The parsed answer, or what is wrong with it, worded for the model's next try.</summary>
    public (JsonNode? Answer, IReadOnlyList<string> Problems) Parse(string content)
    {
        JsonNode? answer;
        try
        {
            answer = JsonNode.Parse(content);
        }
        catch (JsonException e)
        {
            return (null, [$"The answer is not valid JSON: {e.Message}"]);
        }
        if (answer is null) return (null, ["The answer is JSON null."]);
        var problems = Validate(answer.ToJsonString());
        return problems.Count == 0 ? (answer, problems) : (null, problems);
    }

    /// <summary>The schema's complaints about a JSON text, one line each; none when it conforms.</summary>
    public IReadOnlyList<string> Validate(string json) =>
        _validator.Value.Validate(json).Select(e => $"{(string.IsNullOrEmpty(e.Path) ? "#" : e.Path)}: {e.Kind}").ToList();

    private static string ReadResource(string name)
    {
        using var stream = typeof(AnswerSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The schema {name} is not embedded in {typeof(AnswerSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
