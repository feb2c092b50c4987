namespace Extraction.Llm.Prompting;

/// <summary>A cautious token count for text about to be sent, without the model's tokenizer (which is
/// not available offline). Vietnamese with diacritics costs more tokens per character than English;
/// two characters per token is meant to over-count, so that a part sized with it fits the window.</summary>
public static class TokenEstimate
{
    public const double CharactersPerToken = 2.0;

    public static int Of(string text) => (int)Math.Ceiling(text.Length / CharactersPerToken);
}
