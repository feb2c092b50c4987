using System.Diagnostics;
using System.Text.Json.Nodes;
using Extraction.Llm.Answers;
using Extraction.Llm.Configuration;
using Extraction.Llm.Prompting;
using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Llm.Verification;

/// <summary>
/// Mode "verify": the local record and the letter's lines go to the model, which names the fields it
/// would change and why; <see cref="ChangeApplier"/> applies only those allowed. A letter with no field
/// open to correction is not sent at all.
/// </summary>
public sealed class LetterVerifier(ModelAsker asker, LlmSettings settings)
{
    public async Task<LlmResult> VerifyAsync(LetterRecord rules, SegmentedLetter letter, CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        var record = LetterRecords.Copy(rules);
        if (!VerifiableFields.All.Any(f => f.IsOpen(record))) return new LlmResult(record, LlmStatus.NotAsked, default, watch.Elapsed);

        var redactor = new Redactor(settings.Redact);
        var fields = redactor.Mask(FieldsView(record));
        var budget = settings.ContextTokens - settings.AnswerTokens - TokenEstimate.Of(Prompts.VerifySystem) - TokenEstimate.Of(fields);
        var chunks = LetterChunker.Split(letter, Math.Max(budget, LetterChunker.MinimumBudget));
        var proposals = new List<ProposedChange>();
        var usage = default(LlmUsage);
        var unanswered = 0;
        foreach (var chunk in chunks)
        {
            var question = new Question(record.Source.Sha256, Prompts.VerifySystem,
                Prompts.VerifyUser(fields, LetterLines.Format(letter, chunk, redactor), chunk), AnswerSchema.Verify, a => Problems(a, chunk));
            var answer = await asker.AskAsync(question, cancellation);
            usage += answer.Usage;
            if (answer.Status == AnswerStatus.Unavailable)
                return LlmResult.LocalOnly(rules, LlmStatus.Unreachable, LlmResult.UnavailableWarning(answer.Problem), usage, watch.Elapsed, answer.Misconfigured);
            if (answer.Status == AnswerStatus.Invalid)
            {
                unanswered++;
                LetterRecords.Warn(record, "llm-answer-unusable", $"Part {chunk.Index + 1} of {chunk.Count} was not checked by the model: {answer.Problem}.");
                continue;
            }
            proposals.AddRange(Proposals(answer.Value!, chunk, redactor));
        }
        var changes = ChangeApplier.Apply(record, proposals);
        if (changes.Declined.Count > 0)
            LetterRecords.Warn(record, "llm-disagrees", "The model would change values the local extractors are sure of (not applied): " + string.Join("; ", changes.Declined));
        if (changes.Invalid.Count > 0)
            LetterRecords.Warn(record, "llm-change-refused", "The model proposed values that break the record format (not applied): " + string.Join("; ", changes.Invalid));
        var status = unanswered == 0 ? LlmStatus.Answered : unanswered < chunks.Count ? LlmStatus.PartlyAnswered : LlmStatus.Unusable;
        return new LlmResult(record, status, usage, watch.Elapsed, changes.Applied.Count);
    }

    /// <summary>Each field's value, whether it is open to correction, and why the rules doubt it.</summary>
    private static string FieldsView(LetterRecord record)
    {
        var view = new JsonObject();
        foreach (var field in VerifiableFields.All)
        {
            var entry = new JsonObject { ["value"] = field.Get(record), ["open"] = field.IsOpen(record) };
            if (record.Provenance.TryGetValue(field.Name, out var provenance) && provenance.Doubts.Count > 0)
                entry["doubts"] = new JsonArray(provenance.Doubts.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray());
            view[field.Name] = entry;
        }
        return view.ToJsonString(AnswerJson.Options);
    }

    /// <summary>What the schema cannot say: a list field needs a list, a single field a string, and the
    /// cited line must be one of those sent.</summary>
    private static IReadOnlyList<string> Problems(JsonNode answer, LetterChunk chunk)
    {
        var problems = new List<string>();
        foreach (var change in answer["changes"]!.AsArray())
        {
            var field = VerifiableFields.Named(change!["field"]!.GetValue<string>())!;
            var value = change["value"];
            if (value is not null && field.IsList != (value is JsonArray))
                problems.Add($"{field.Name} takes {(field.IsList ? "a list of strings" : "a string or null")}");
            if (LetterLines.Cited(chunk, change["page"]!.GetValue<int>(), change["line"]!.GetValue<int>()) is null)
                problems.Add($"{field.Name} cites line {change["page"]}:{change["line"]}, which is not among the lines given");
        }
        return problems;
    }

    /// <summary>The answer's changes with placeholders put back and strings in NFC, as the contract wants;
    /// a list field's null is its empty list.</summary>
    private static IEnumerable<ProposedChange> Proposals(JsonNode answer, LetterChunk chunk, Redactor redactor) =>
        answer["changes"]!.AsArray().Select(change =>
        {
            var field = VerifiableFields.Named(change!["field"]!.GetValue<string>())!;
            var value = AnswerJson.MapStrings(change["value"], text => VietnameseText.Nfc(redactor.Unmask(text)).Trim());
            return new ProposedChange(field, field.IsList ? value ?? new JsonArray() : value,
                LetterLines.Cited(chunk, change["page"]!.GetValue<int>(), change["line"]!.GetValue<int>())!,
                redactor.Unmask(change["reason"]!.GetValue<string>()));
        });
}
