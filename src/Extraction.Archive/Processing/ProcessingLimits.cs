using Extraction.Pipeline;

namespace Extraction.Archive.Processing;

/// <summary>Bounds on one file: how long it may take, and (where it can be enforced) how much memory.</summary>
public sealed record ProcessingLimits(TimeSpan Timeout, long MemoryLimitBytes)
{
    public static ProcessingLimits Default { get; } = new(TimeSpan.FromMinutes(5), 2048L * 1024 * 1024);
}

internal static class Outcomes
{
    public static LetterOutcome Failed(string path, string code, string reason, TimeSpan elapsed) =>
        new(path, LetterIds.FromPath(path), null, new LetterFailure(code, reason), elapsed);
}
