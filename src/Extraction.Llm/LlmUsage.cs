namespace Extraction.Llm;

/// <summary>What asking the model cost: requests sent (retries included), answers taken from the cache
/// instead, and the tokens the endpoint counted.</summary>
public readonly record struct LlmUsage(int Requests, int CachedAnswers, int InputTokens, int OutputTokens)
{
    public static LlmUsage operator +(LlmUsage a, LlmUsage b) =>
        new(a.Requests + b.Requests, a.CachedAnswers + b.CachedAnswers, a.InputTokens + b.InputTokens, a.OutputTokens + b.OutputTokens);
}
