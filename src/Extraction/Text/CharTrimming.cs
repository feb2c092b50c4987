namespace Extraction.Text;

/// <summary>Trims by a set of characters written as one string. string.Trim(params char[]) builds a
/// new array at every call, which on the hot path of every line cost more than the trimming itself.</summary>
public static class CharTrimming
{
    public static string TrimChars(this string text, string chars) => Same(text, text.AsSpan().Trim(chars));

    public static string TrimEndChars(this string text, string chars) => Same(text, text.AsSpan().TrimEnd(chars));

    public static string TrimStartChars(this string text, string chars) => Same(text, text.AsSpan().TrimStart(chars));

    private static string Same(string text, ReadOnlySpan<char> trimmed) => trimmed.Length == text.Length ? text : trimmed.ToString();
}
