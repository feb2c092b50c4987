using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Llm;

/// <summary>
/// A decorator over the local pipeline: each letter is read and extracted locally, then handed to the
/// model in the chosen mode. A letter the local pipeline failed stays failed for its own reason; a
/// letter the model cannot help keeps its local record, with a warning: never a failure.
/// </summary>
public sealed class LlmAssistedPipeline(ILetterProcessor local, LlmAssistant assistant, LlmMode mode) : ILetterProcessor
{
    public LetterOutcome Process(string path, CancellationToken cancellation = default)
    {
        var outcome = local.Process(path, cancellation);
        if (outcome is not { Record: { } record, Letter: { } letter }) return outcome;
        try
        {
            // The commands run letters on parallel worker threads, each waiting for its own letter's answer.
            var result = assistant.RunAsync(mode, record, letter, cancellation).GetAwaiter().GetResult();
            return outcome with { Record = result.Record, Elapsed = outcome.Elapsed + result.Elapsed };
        }
        catch (OperationCanceledException)
        {
            record.Warnings.Add(LlmResult.UnavailableWarning("the letter's time limit ran out while waiting for the model"));
            return outcome;
        }
    }
}
