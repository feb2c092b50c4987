using System.Text.RegularExpressions;
using Extraction.Fields.Directives.Vocabulary;

namespace Extraction.Fields.Directives.Outline;

/// <summary>Recognises the paragraph that closes a letter's list and speaks to the whole letter:
/// "Yêu cầu Thủ trưởng các cơ quan ... triển khai thực hiện", "Nhận được Công văn này, ...",
/// "Kết quả thực hiện, các đơn vị ... báo cáo", "Chủ tịch UBND thành phố yêu cầu ...".</summary>
internal static partial class ClosingSentence
{
    public static bool Opens(Paragraph paragraph)
    {
        var folded = paragraph.Folded.Folded;
        if (Opener().IsMatch(folded)) return true;
        return BodyNames.StartsWithHead(paragraph.Folded, 0) && IssuerRequest().IsMatch(folded);
    }

    [GeneratedRegex(@"^\W*(?:yeu cau|nhan duoc|ket qua thuc hien|nay\b|tren day|de nghi|kinh de nghi|giao\b|trong qua trinh|qua trinh (?:thuc hien|trien khai)|thong bao nay|cong van nay|van ban nay|kinh trinh|kinh bao cao|de nghi cac|cac co quan, don vi (?:can cu|nghiem tuc|to chuc)|thu truong cac (?:co quan|don vi|so)[^.;]{0,80}\b(?:chiu trach nhiem|to chuc thuc hien|trien khai thuc hien))")]
    private static partial Regex Opener();

    // The issuer's own voice: "Chủ tịch UBND thành phố Biên Hòa yêu cầu các đơn vị ...".
    [GeneratedRegex(@"^[^.;:]{0,80}?\b(?:yeu cau|de nghi)\b")]
    private static partial Regex IssuerRequest();
}
