using Extraction.Records;
using Extraction.Text;

namespace Extraction.Archive.Catalog;

/// <summary>
/// What makes two originals versions of one letter: the same number, notation and issuer, in the same
/// year. The year is part of it because numbering starts again every year: 62/UBND-VX of 2023 and of
/// 2024 are two letters. A letter without a number, notation or issuer has no key and no versions.
/// </summary>
public static class VersionKey
{
    public static string? Of(LetterRecord record)
    {
        if (string.IsNullOrWhiteSpace(record.Number) || string.IsNullOrWhiteSpace(record.Notation) || string.IsNullOrWhiteSpace(record.Issuer))
            return null;
        var year = record.IssuedDate is { Length: >= 4 } date ? date[..4] : "";
        return string.Join('|', VietnameseText.Key(record.Number), VietnameseText.Key(record.Notation), VietnameseText.Key(record.Issuer), year);
    }
}
