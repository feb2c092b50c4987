using Extraction.Records;

namespace Extraction.Exchange;

/// <summary>The MessageHeader for a letter record, every value fitted to the standard's limits;
/// what does not fit is reported in <paramref name="warnings"/>.</summary>
public static class EdxmlHeaderBuilder
{
    /// <summary>The record warning that marks an annex after the signature (corpus convention "has-annex").</summary>
    public const string AnnexWarning = "has-annex";

    public static EdxmlHeader Build(LetterRecord record, ICollection<ExportWarning> warnings)
    {
        var limits = new EdxmlLimits(warnings);
        return new EdxmlHeader
        {
            OrganName = limits.Fit("From/OrganName", record.Issuer, EdxmlLimits.OrganName),
            OrganizationInCharge = limits.Fit("From/OrganizationInCharge", record.IssuerParent, EdxmlLimits.OrganName),
            To = record.Recipients.Select(r => limits.Fit("To/OrganName", r, EdxmlLimits.OrganName)!).ToList(),
            CodeNumber = limits.Fit("Code/CodeNumber", record.Number, EdxmlLimits.CodeNumber),
            CodeNotation = limits.Fit("Code/CodeNotation", record.Notation, EdxmlLimits.CodeNotation),
            Place = limits.Fit("PromulgationInfo/Place", record.Place, EdxmlLimits.Place),
            PromulgationDate = IssuedDate(record, warnings),
            TypeName = limits.Fit("DocumentType/TypeName", record.DocumentType, EdxmlLimits.TypeName),
            Subject = limits.Fit("Subject", record.Subject, EdxmlLimits.Subject),
            Signer = record.Signer is { } signer
                ? new EdxmlSigner(SignerCompetence.Of(signer, record.Issuer),
                    limits.Fit("SignerInfo/Position", signer.Position, EdxmlLimits.Position),
                    limits.Fit("SignerInfo/FullName", signer.Name, EdxmlLimits.FullName))
                : null,
            DueDate = IsoDates.EarliestDeadline(record),
            ToPlaces = record.Distribution,
            Priority = Priority(record.Urgency, warnings),
            PageAmount = record.Source.Pages is > 0 and <= EdxmlLimits.PageAmount ? record.Source.Pages : null,
            Appendixes = record.Warnings.Where(w => w.Code == AnnexWarning).Select(w => w.Message).ToList(),
            ResponseFor = ResponseFor.Of(record) is { } answered ? new EdxmlResponse(answered.Code, IsoDates.Full(answered.Date)) : null,
        };
    }

    private static DateOnly? IssuedDate(LetterRecord record, ICollection<ExportWarning> warnings)
    {
        if (record.IssuedDate is null) return null;
        if (IsoDates.Full(record.IssuedDate) is { } date) return date;
        warnings.Add(new ExportWarning("PromulgationInfo/PromulgationDate", ExportWarningCodes.PartialDate,
            $"The letter's date is incomplete ({record.IssuedDate}); edXML needs a full date, so PromulgationDate is left empty."));
        return null;
    }

    private static int Priority(string? urgency, ICollection<ExportWarning> warnings)
    {
        if (UrgencyPriority.Of(urgency) is { } priority) return priority;
        warnings.Add(new ExportWarning("OtherInfo/Priority", ExportWarningCodes.UnknownUrgency,
            $"The urgency mark \"{urgency}\" is none of Khẩn, Thượng khẩn, Hỏa tốc; Priority is written as {UrgencyPriority.Lowest} (thường)."));
        return UrgencyPriority.Lowest;
    }
}
