using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.Json;
using Extraction.Checks;
using Extraction.Fields;
using Extraction.Llm.Answers;
using Extraction.Llm.Configuration;
using Extraction.Llm.Prompting;
using Extraction.Llm.Verification;
using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Llm.ModelExtraction;

/// <summary>
/// Mode "extract": the model reads the whole letter and writes the record by the extract schema, for
/// comparison with the local extractors in <c>eval</c>. Identity, source and the PDF's signature data
/// stay the reader's; the checks run on the model's record as on any other. When any part of the letter
/// gets no usable answer, the letter keeps the local record, with a warning, rather than half a record.
/// </summary>
public sealed class ModelRecordExtractor(ModelAsker asker, LlmSettings settings)
{
    public async Task<LlmResult> ExtractAsync(LetterRecord rules, SegmentedLetter letter, CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        var redactor = new Redactor(settings.Redact);
        var budget = settings.ContextTokens - settings.AnswerTokens - TokenEstimate.Of(Prompts.ExtractSystem);
        var chunks = LetterChunker.Split(letter, Math.Max(budget, LetterChunker.MinimumBudget));
        var baseline = AnswerSchema.RecordContract.Validate(RecordJson.Serialize(rules, indented: false));
        var parts = new List<LetterRecord>();
        var usage = default(LlmUsage);
        foreach (var chunk in chunks)
        {
            var question = new Question(rules.Source.Sha256, Prompts.ExtractSystem, Prompts.ExtractUser(LetterLines.Format(letter, chunk, redactor), chunk),
                AnswerSchema.Extract, a => ContractProblems(a, chunk, rules, redactor).Except(baseline).ToList());
            var answer = await asker.AskAsync(question, cancellation);
            usage += answer.Usage;
            if (answer.Status == AnswerStatus.Unavailable)
                return LlmResult.LocalOnly(rules, LlmStatus.Unreachable, LlmResult.UnavailableWarning(answer.Problem), usage, watch.Elapsed, answer.Misconfigured);
            if (answer.Status == AnswerStatus.Invalid)
                return LlmResult.LocalOnly(rules, LlmStatus.Unusable, new RecordWarning("llm-answer-unusable",
                    $"Part {chunk.Index + 1} of {chunk.Count} got no usable record from the model ({answer.Problem}); the record is the local extractors' own."), usage, watch.Elapsed);
            parts.Add(ToRecord(answer.Value!, chunk, rules, redactor));
        }
        var record = RecordMerge.Merge(parts);
        RecordChecks.Instance.Check(record);
        record.Warnings.Add(new RecordWarning("llm-extracted", $"Every field was read by the model ({settings.Deployment}), not by the local extractors."));
        return new LlmResult(record, LlmStatus.Answered, usage, watch.Elapsed);
    }

    /// <summary>What keeps an answer from being a record by the contract (a date not in ISO form, a number
    /// with a slash). The caller discounts what the local record already breaks (its identity is reused).</summary>
    private static IReadOnlyList<string> ContractProblems(JsonNode answer, LetterChunk chunk, LetterRecord rules, Redactor redactor)
    {
        try
        {
            return AnswerSchema.RecordContract.Validate(RecordJson.Serialize(ToRecord(answer, chunk, rules, redactor), indented: false));
        }
        catch (JsonException e)
        {
            return [$"the answer does not fit the record: {e.Message}"];
        }
    }

    /// <summary>One part's answer as a record: placeholders put back, strings in NFC, identity from the
    /// reader, provenance from the lines the model cites (when they were among those sent).</summary>
    private static LetterRecord ToRecord(JsonNode answer, LetterChunk chunk, LetterRecord rules, Redactor redactor)
    {
        var unmasked = AnswerJson.MapStrings(answer, text => VietnameseText.Nfc(redactor.Unmask(text)).Trim())!.AsObject();
        var evidence = unmasked["evidence"]?.AsArray() ?? [];
        unmasked.Remove("evidence");
        var record = RecordJson.Deserialize(unmasked.ToJsonString());
        var identity = LetterRecords.Copy(rules);
        record.Id = identity.Id;
        record.Source = identity.Source;
        record.DigitalSignatures = identity.DigitalSignatures;
        foreach (var item in evidence)
        {
            var line = LetterLines.Cited(chunk, item!["page"]!.GetValue<int>(), item["line"]!.GetValue<int>());
            if (line is not null && VerifiableFields.Named(item["field"]!.GetValue<string>()) is { } field && field.HasValue(record))
                Provenance.Note(record, field.Name, line, ChangeApplier.DecidedBy);
        }
        return record;
    }
}
