using System.Text.RegularExpressions;

namespace Extraction.Reading.Pdf;

/// <summary>Recognises the lines of an e-signature stamp: "Ký bởi: ...", "Cơ quan: ...",
/// "Thời gian ký: ...", the signing service's name, its e-mail address and the signing time.</summary>
public static partial class SignatureStampText
{
    public static bool IsStampLine(string line) => StampLine().IsMatch(line.Trim());

    [GeneratedRegex(@"^(?:(?:Ký bởi|Người ký|Cơ quan|Thời gian ký|Email|E-mail)\s*:.*|(?:TRUNG TÂM CÔNG BÁO|BÁO VÀ TIN HỌC|VÀ TIN HỌC|TRUNG TÂM CÔNG).*|\S+@\S+\.\S+|\d{1,2}[./]\d{1,2}[./]\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[+-]\d{2}:?\d{2})?|\d{1,2}:\d{2}:\d{2}|[+-]\d{2}:\d{2})$",
        RegexOptions.IgnoreCase)]
    private static partial Regex StampLine();
}
