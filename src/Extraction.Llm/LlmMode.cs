namespace Extraction.Llm;

public enum LlmMode
{
    /// <summary>The model checks the local record; only fields the local extractors doubt may change.</summary>
    Verify,
    /// <summary>The model writes the whole record, for comparison in eval.</summary>
    Extract,
}
