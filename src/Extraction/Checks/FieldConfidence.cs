using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Checks;

/// <summary>
/// The local extractors' own doubt about each value they read, written into its provenance
/// (<see cref="FieldProvenance.LowConfidence"/> and <see cref="FieldProvenance.Doubts"/>): the line
/// was recognised with low OCR confidence, a check's warning names the field, or two independent
/// sources on the page disagree. A value with no provenance at all (not found, or inferred rather
/// than read) is open to doubt by definition and needs no mark.
/// </summary>
public sealed class FieldConfidence
{
    public static readonly FieldConfidence Instance = new();

    /// <summary>Lines below this Tesseract confidence are doubted: pages at 0.90–0.93 mean word
    /// confidence already had a median 4.6 % character error rate (shared/notes/ocr.md).</summary>
    public const double OcrThreshold = 0.90;

    public const string OcrDoubt = "ocr-confidence";

    /// <summary>The fields each check warning casts doubt on.</summary>
    private static readonly Dictionary<string, string[]> FieldsByWarning = new()
    {
        ["issued-date-partial"] = ["issuedDate"],
        ["issued-date-before-referenced-document"] = ["issuedDate"],
        ["notation-does-not-fit-issuer"] = ["notation", "issuer"],
        ["signature-stamp-unreadable"] = ["signer.name"],
    };

    public void Mark(LetterRecord record)
    {
        foreach (var provenance in record.Provenance.Values.Where(p => p.Confidence < OcrThreshold))
            Doubt(provenance, OcrDoubt);
        foreach (var warning in record.Warnings)
            foreach (var field in FieldsByWarning.GetValueOrDefault(warning.Code, []))
                Doubt(record, field, "warning:" + warning.Code);
        if (TypeNamedByNotation(record) is { } named && VietnameseText.FoldLower(named) != VietnameseText.FoldLower(record.DocumentType ?? ""))
            Doubt(record, "documentType", "disagrees:notation");
        CompareWithSignatureStamps(record);
    }

    /// <summary>An e-signature stamp names the person who signed and when: a different name, or a
    /// signing day before the printed issue date, means one of the two readings is wrong.</summary>
    private static void CompareWithSignatureStamps(LetterRecord record)
    {
        var people = record.DigitalSignatures.Select(s => s.Signer).OfType<string>().Where(PersonNames.IsPersonName).ToList();
        if (record.Signer?.Name is { } name && people.Count > 0
            && !people.Any(p => VietnameseText.FoldLower(p) == VietnameseText.FoldLower(name)))
            Doubt(record, "signer.name", "disagrees:digital-signature");

        var signedDays = record.DigitalSignatures.Select(s => s.Time).OfType<string>().Where(t => t.Length >= 10).Select(t => t[..10]).ToList();
        if (record.IssuedDate is { Length: 10 } issued && signedDays.Count > 0 && signedDays.All(d => string.CompareOrdinal(d, issued) < 0))
            Doubt(record, "issuedDate", "disagrees:digital-signature");
    }

    private static string? TypeNamedByNotation(LetterRecord record) =>
        record.Notation is { } notation ? DocumentTypes.FromNotation(notation) : null;

    private static void Doubt(LetterRecord record, string field, string why)
    {
        if (record.Provenance.TryGetValue(field, out var provenance)) Doubt(provenance, why);
    }

    private static void Doubt(FieldProvenance provenance, string why)
    {
        provenance.LowConfidence = true;
        if (!provenance.Doubts.Contains(why)) provenance.Doubts.Add(why);
    }
}
