using System.Text.RegularExpressions;

namespace Extraction.Text;

/// <summary>OCR cuts a document code at a narrow gap between two capitals: "24/2013/N Q-HĐND" for
/// "24/2013/NQ-HĐND" (qn-ttr-239-2024-scan). A code never has a space there.</summary>
public static partial class CodeSpacing
{
    public static string JoinSplitCodes(string text) => text.Contains('/') ? SplitCode().Replace(text, "$1") : text;

    // After "number/" or "number/year/", one capital cut off from the rest of the document type,
    // which goes on to a dash and the issuer's part ("N Q-HĐND", "Q Đ-UBND").
    // Opens on the digit, not a look-behind, so the search skips ahead to digits in a long body.
    [GeneratedRegex(@"(\d/(?:(?:19|20)\d{2}/)?\p{Lu})\s+(?=\p{Lu}{1,5}-\p{Lu})")]
    private static partial Regex SplitCode();
}
