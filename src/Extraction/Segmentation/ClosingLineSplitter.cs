using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Segmentation;

/// <summary>
/// Cuts a closing line that holds both columns, as OCR of a whole page gives them: the Nơi nhận
/// list on the left and the signature block on the right ("- Ban Bí thư Trung ương Đảng; KT. THỦ
/// TƯỚNG", "Nơi nhận: _ TM. CHÍNH PHỦ", "- Ủy ban trung ương Mặt trận Tổ quốc Việt Nam; Hồ Quốc Dũng").
/// </summary>
public static partial class ClosingLineSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        if (text.Length > 160) return [text];
        var folded = VietnameseText.FoldLower(text);
        var authority = AuthorityInside().Match(folded);
        if (authority.Success && IsSignatureTail(text[authority.Groups["marker"].Index..]))
            return Pieces(text, authority.Groups["marker"].Index);
        if (LineShapes.AuthorityMarker(text) is not null) return [text];
        // The signature may sit beside any point of the item: "- Lưu: VT, QLDL(Ng). Nguyễn Thị Thanh Tâm".
        foreach (Match tail in TailAfterItemEnd().Matches(text))
            if (!IsItemHeading(folded, tail.Groups["tail"].Index) && IsSignatureTail(tail.Groups["tail"].Value))
                return Pieces(text, tail.Groups["tail"].Index);
        return [text];
    }

    /// <summary>What may follow a distribution item on the same line: an authority line, a position
    /// line or the signer's name; never a run of codes such as "CVP, PCVP".</summary>
    private static bool IsSignatureTail(string tail)
    {
        var trimmed = tail.Trim();
        return LineShapes.AuthorityMarker(trimmed) is not null
               || PersonNames.IsPersonName(trimmed)
               || ClosingLabeler.IsPositionLine(trimmed) && PositionWords.IsPosition(trimmed)
               || ClosingLabeler.IsSignatureNote(VietnameseText.FoldLower(trimmed));
    }

    /// <summary>"III. TỔ CHỨC THỰC HIỆN": the capitals after a list label are the item's heading,
    /// not a signature beside a distribution item.</summary>
    private static bool IsItemHeading(string folded, int tail) => ItemLabel().Match(folded) is { Success: true } label && label.Length == tail;

    private static IReadOnlyList<string> Pieces(string text, int at)
    {
        var left = text[..at].Trim();
        var right = text[at..].Trim();
        // A speck or rule between the columns ("Nơi nhận: _", "J¬") carries nothing.
        left = left.TrimEndChars("_—-~ ¬");
        return left.Count(char.IsLetter) >= 2 ? [left, right] : [right];
    }

    [GeneratedRegex(@"(?<=\S\s+)(?<marker>(?:t\s*\.?\s*m|k\s*\.?\s*t|t\s*\.?\s*l|t\s*\.?\s*u\s*\.?\s*q)\s*\.\s*\S|(?:t/m|k/t|t/l)\s+\S)")]
    private static partial Regex AuthorityInside();

    [GeneratedRegex(@"^\s*(?:[ivxlc]+|\d{1,2})\s*[.)]\s+")]
    private static partial Regex ItemLabel();

    [GeneratedRegex(@"[;:,.]\s+(?=(?<tail>[\p{Lu}(].*)$)")]
    private static partial Regex TailAfterItemEnd();
}
