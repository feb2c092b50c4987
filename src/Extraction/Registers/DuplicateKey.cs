using Extraction.Records;
using Extraction.Text;

namespace Extraction.Registers;

/// <summary>What makes two letters the same letter for the register: number, notation and issuer,
/// compared without leading zeros, spaces, case or diacritics (a scan that lost "Đ" is still
/// the same letter). A letter missing any of the three has no key and is never a duplicate.</summary>
public sealed record DuplicateKey(string Number, string Notation, string Issuer)
{
    public static DuplicateKey? Of(LetterRecord record)
    {
        if (string.IsNullOrWhiteSpace(record.Number) || string.IsNullOrWhiteSpace(record.Notation) || string.IsNullOrWhiteSpace(record.Issuer)) return null;
        var number = record.Number.Trim().TrimStart('0').ToUpperInvariant();
        var notation = string.Concat(VietnameseText.Fold(record.Notation).Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return new DuplicateKey(number, notation, VietnameseText.CollapseSpaces(VietnameseText.FoldLower(record.Issuer)).Trim());
    }
}
