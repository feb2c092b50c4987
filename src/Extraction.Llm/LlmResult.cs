using Extraction.Records;

namespace Extraction.Llm;

public enum LlmStatus
{
    /// <summary>Verify: no field was open to correction, so nothing was sent.</summary>
    NotAsked,
    Answered,
    /// <summary>Some parts of the letter got no usable answer; the rest were used.</summary>
    PartlyAnswered,
    /// <summary>No answer met the schema after the retries: the record is the local one.</summary>
    Unusable,
    /// <summary>The endpoint could not be reached or refused the request: the record is the local one.</summary>
    Unreachable,
    /// <summary>The endpoint failed for letters before this one; the run stopped asking it.</summary>
    Skipped,
}

/// <summary>One letter after the model: its record (always one; the local record when the model could
/// not help), what happened, and what it cost.</summary>
public sealed record LlmResult(LetterRecord Record, LlmStatus Status, LlmUsage Usage, TimeSpan Elapsed, int ChangesApplied = 0, bool Misconfigured = false)
{
    /// <summary>The local extractors' record, unchanged but for a warning that says why the model did not help.</summary>
    public static LlmResult LocalOnly(LetterRecord rules, LlmStatus status, RecordWarning warning, LlmUsage usage, TimeSpan elapsed, bool misconfigured = false)
    {
        var record = LetterRecords.Copy(rules);
        record.Warnings.Add(warning);
        return new LlmResult(record, status, usage, elapsed, Misconfigured: misconfigured);
    }

    public static RecordWarning UnavailableWarning(string? problem) =>
        new("llm-unavailable", $"The model could not be asked ({problem}); the record is the local extractors' own.");
}
