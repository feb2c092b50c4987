namespace Extraction.Pipeline;

/// <summary>Turns one file into an outcome. <see cref="LetterPipeline"/> is the local one; decorators
/// (an LLM check, for one) wrap it and hand on the same outcome shape.</summary>
public interface ILetterProcessor
{
    LetterOutcome Process(string path, CancellationToken cancellation = default);
}
