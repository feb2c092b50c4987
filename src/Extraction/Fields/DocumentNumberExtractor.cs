using System.Text.RegularExpressions;
using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Fields;

/// <summary>Số và ký hiệu: "Số: 62 /BCĐCCHC&amp;CĐS" → number "62", notation "BCĐCCHC&amp;CĐS".
/// A blank number ("Số: /UBND-NV", left for a handwritten one) is null.</summary>
public sealed partial class DocumentNumberExtractor : IFieldExtractor
{
    public void Extract(SegmentedLetter letter, LetterRecord record)
    {
        var lines = letter.In(Zone.Number);
        var numberLine = lines.FirstOrDefault(l => LineShapes.IsNumberLine(letter.Folded(l)));
        if (numberLine is null) return;
        // "Số: 62" / "/BCĐ": the notation on the next line; "Số: 2315/UBND-" / "KT": its end there.
        var brokenAtDash = numberLine.Text.TrimEnd().EndsWith('-');
        var fragment = brokenAtDash ? lines.FirstOrDefault(l => l.Index == numberLine.Index + 1 && LineShapes.IsNotationRest(l.Text)) : null;
        if (fragment is null && (brokenAtDash || !numberLine.Text.Contains('/')))
            fragment = lines.FirstOrDefault(l => LineShapes.IsNotationFragment(l.Text) && l.Index > numberLine.Index);
        var parsed = Parse(fragment is null ? numberLine.Text : numberLine.Text.TrimEnd() + (brokenAtDash ? "" : " ") + fragment.Text.Trim());
        if (parsed is null) return;
        record.Number = parsed.Value.Number;
        record.Notation = parsed.Value.Notation;
        if (record.Number is not null) Provenance.Note(record, "number", numberLine);
        if (record.Notation is not null) Provenance.Note(record, "notation", fragment ?? numberLine);
    }

    public static (string? Number, string? Notation)? Parse(string text)
    {
        var m = NumberAndNotation().Match(VietnameseText.Nfc(text));
        if (!m.Success) return null;
        var number = m.Groups["number"].Value;
        var notation = CleanNotation(m.Groups["notation"].Value);
        // "Số: UBND-NV": the number was left blank and the notation's first part is not a number.
        if (m.Groups["separator"].Value == "-" && number.Length >= 2 && number.All(char.IsUpper))
            return (null, CleanNotation(number + "-" + notation));
        // A handwritten number OCR could not read ("Ø2", "4@'", "2 #") is unknown, not a guess; the notation stands.
        var readable = number.Length > 0 && number.All(char.IsAsciiLetterOrDigit) && char.IsAsciiDigit(number[0]) && number.Trim('0').Length > 0
            && !m.Groups["speck"].Success;
        return (readable ? number : null, notation.Length == 0 ? null : notation);
    }

    /// <summary>A code as printed without stray spaces, doubled dashes, specks after a dash or closing
    /// punctuation: "KT- UBND.", "KT- -UBND" and "KT-.UBND" → "KT-UBND".</summary>
    public static string CleanNotation(string notation) =>
        DoubledDashes().Replace(Spaces().Replace(notation, ""), "$1").TrimChars(".,;:-_…");

    // "Số: 62 /BCĐCCHC&CĐS", "Số: /UBND-NV", "Số 53-KH/TU", "Số: ....../UBND" (number left blank),
    // "Số: 2 # /CT-UBND" (a speck of a handwritten number before the slash); OCR gives the "ố" any of
    // the o family's marks ("Só:", "Sô:", "Sồ:").
    [GeneratedRegex(@"^\s*S[oòóỏõọôồốổỗộơờớởỡợ0]\s*[:;.]?\s*(?<number>[^\s/._…-][^\s/]{0,7}?)?[\s._…]*(?<speck>[^\s/\p{L}\d._…-]{1,3}\s*)?(?:(?<separator>[/-])\s*(?<notation>\S.*?))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberAndNotation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"([-–])[-–.]+")]
    private static partial Regex DoubledDashes();
}
