using Extraction.Reading.Ocr;
using Extraction.Records;
using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Fields;

/// <summary>
/// An e-signature stamp names the signing body in small clean print ("Ký bởi: Ủy ban nhân dân tỉnh
/// Quảng Ngãi") that OCR reads better than the bold header above it ("TÍNH QUÁẢNG NGÃI"). When the
/// issuer read from the header differs from the stamp's body by a slip or two, the stamp's spelling
/// is taken and the header's kept as the previous value.
/// </summary>
public sealed class IssuerSpellingFromSignature : IFieldExtractor
{
    // At most one slip per this many letters: "quáảng" is one slip; another body is many.
    private const int LettersPerSlip = 12;

    public void Extract(SegmentedLetter letter, LetterRecord record)
    {
        if (record.Issuer is not { } issuer) return;
        var folded = VietnameseText.FoldLower(issuer);
        foreach (var signature in record.DigitalSignatures)
        {
            if (signature.Signer is not { } signer || signer == issuer) continue;
            var slips = CharacterErrorRate.EditDistance(folded, VietnameseText.FoldLower(signer));
            if (slips > Math.Max(1, folded.Length / LettersPerSlip)) continue;
            record.Issuer = signer;
            if (record.Provenance.TryGetValue("issuer", out var provenance))
            {
                provenance.Previous = System.Text.Json.Nodes.JsonValue.Create(issuer);
                provenance.Reason = "spelling taken from the e-signature stamp, which names the same body";
            }
            return;
        }
    }
}
