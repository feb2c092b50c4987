using System.Text.Json.Nodes;
using Extraction.Records;
using Extraction.Segmentation;

namespace Extraction.Fields;

/// <summary>
/// Scanned letters often have their day (and month) handwritten, which OCR cannot read: the issued
/// date comes out as "2025-02" or "2025". When the letter carries an e-signature time in the same
/// year (and month, where that was read), its day completes the date — marked as doubted with a
/// warning, because a letter is often signed for the portal a few days after it was issued.
/// A legible day is never replaced.
/// </summary>
public sealed class IssuedDayFromSignature : IFieldExtractor
{
    public const string WarningCode = "issued-day-from-signature";

    public void Extract(SegmentedLetter letter, LetterRecord record)
    {
        if (record.IssuedDate is not { Length: 4 or 7 } partial) return;
        var signed = record.DigitalSignatures
            .Select(s => s.Time is { Length: >= 10 } time ? time[..10] : null)
            .OfType<string>()
            .Where(date => date.StartsWith(partial, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        if (signed is null) return;

        record.IssuedDate = signed;
        record.Warnings.Add(new RecordWarning(WarningCode,
            $"The day of issue on the page could not be read (\"{partial}\"); {signed} is the e-signature date, which may be a few days after the letter was issued."));
        if (!record.Provenance.TryGetValue("issuedDate", out var provenance)) return;
        provenance.LowConfidence = true;
        provenance.Doubts.Add("warning:" + WarningCode);
        provenance.Previous = JsonValue.Create(partial);
        provenance.Reason = "day unreadable on the page; completed from the e-signature time";
    }
}
