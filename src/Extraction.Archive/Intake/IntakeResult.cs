using Extraction.Pipeline;

namespace Extraction.Archive.Intake;

public enum IntakeKind
{
    /// <summary>New bytes: kept as an original and waiting to be processed.</summary>
    New,
    /// <summary>Bytes already kept under another arrival: recorded as a duplicate arrival, not processed again.</summary>
    Duplicate,
    /// <summary>This very file (path, size, time) was taken in before: nothing to do.</summary>
    AlreadyTakenIn,
    /// <summary>Not taken in, with the reason; the file was left where it was.</summary>
    Refused,
}

/// <summary>What became of one file offered to the archive.</summary>
public sealed record IntakeResult(string Path, string Name, IntakeKind Kind, string? LetterId = null, LetterFailure? Failure = null);
