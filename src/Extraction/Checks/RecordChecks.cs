using Extraction.Records;

namespace Extraction.Checks;

/// <summary>The check stage: the warnings a careful clerk would raise on reading the record.</summary>
public sealed class RecordChecks
{
    public static readonly RecordChecks Instance = new();

    public void Check(LetterRecord record)
    {
        if (record.Notation is not null && record.Number is null)
            Warn(record, "number-blank", "The number is left blank (\"Số: /" + record.Notation + "\"); it is usually written by hand when the letter is registered.");
        if (record.IssuedDate is null)
            Warn(record, "issued-date-missing", "No issue date (\"..., ngày ... tháng ... năm ...\") was found.");
        else if (record.IssuedDate.Length < 10)
            Warn(record, "issued-date-partial", $"The issue date is incomplete ({record.IssuedDate}): the day or month is left blank.");
        CheckReferenceDates(record);
        CheckNotationFitsIssuer(record);
    }

    private static void CheckReferenceDates(LetterRecord record)
    {
        if (record.IssuedDate is not { Length: 10 } issued) return;
        foreach (var reference in record.References.Where(r => r.Date is not null && string.CompareOrdinal(r.Date, issued) > 0))
            Warn(record, "issued-date-before-referenced-document",
                $"The letter is dated {issued} but cites {reference.Code} dated {reference.Date}.");
    }

    // A notation ends (or, for a công văn, starts) with the issuer's abbreviation: "QĐ-UBND" for an
    // Ủy ban nhân dân, "TB-VPCP" for Văn phòng Chính phủ. Flag only the clear mismatch: UBND/HĐND
    // notations on a letter whose issuer is not that kind of body.
    private static void CheckNotationFitsIssuer(LetterRecord record)
    {
        if (record.Notation is null || record.Issuer is null) return;
        var parts = record.Notation.ToUpperInvariant().Split('-', '/');
        var issuer = Text.VietnameseText.FoldLower(record.Issuer);
        foreach (var (abbreviation, body) in new[] { ("UBND", "uy ban nhan dan"), ("HĐND", "hoi dong nhan dan") })
        {
            if (parts.Contains(abbreviation) && !issuer.Contains(body) && !Text.VietnameseText.FoldLower(record.IssuerParent ?? "").Contains(body))
                Warn(record, "notation-does-not-fit-issuer",
                    $"The notation {record.Notation} names a {abbreviation} but the issuer read is \"{record.Issuer}\".");
        }
    }

    private static void Warn(LetterRecord record, string code, string message) => record.Warnings.Add(new RecordWarning(code, message));
}
