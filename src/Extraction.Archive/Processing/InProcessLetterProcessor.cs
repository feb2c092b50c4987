using System.Diagnostics;
using Extraction.Pipeline;

namespace Extraction.Archive.Processing;

/// <summary>
/// Runs a processor (the pipeline, or a decorator of it) on the calling thread with a time limit. The
/// limit is cooperative (the readers watch the token) and memory is not bounded: a reader stuck in a loop
/// that never looks at the token keeps its thread. That is enough for tests and the benchmark's comparison;
/// the archive commands use <see cref="ChildProcessLetterProcessor"/>, which can stop anything.
/// </summary>
public sealed class InProcessLetterProcessor(ILetterProcessor inner, TimeSpan timeout) : ILetterProcessor
{
    public LetterOutcome Process(string path, CancellationToken cancellation)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        var watch = Stopwatch.StartNew();
        LetterOutcome outcome;
        try
        {
            outcome = inner.Process(path, deadline.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            outcome = Outcomes.Failed(path, ArchiveFaults.Crashed,
                $"The reader failed unexpectedly on this file ({e.GetType().Name}: {e.Message}); the file may be damaged. Other files are not affected.", watch.Elapsed);
        }
        cancellation.ThrowIfCancellationRequested();
        return outcome;
    }
}
