using Extraction.Pipeline;

namespace Extraction.Archive.Tests.Fixtures;

/// <summary>A processor that fails every file with a given reason, as the pipeline does when OCR is missing.</summary>
internal sealed class FailingProcessor(string code, string reason) : ILetterProcessor
{
    public LetterOutcome Process(string path, CancellationToken cancellation) =>
        new(path, LetterIds.FromPath(path), null, new LetterFailure(code, reason), TimeSpan.FromMilliseconds(3));
}
