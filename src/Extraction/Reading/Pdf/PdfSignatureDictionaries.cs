using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Records;
using Extraction.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.AcroForms;
using UglyToad.PdfPig.AcroForms.Fields;
using UglyToad.PdfPig.Tokens;

namespace Extraction.Reading.Pdf;

/// <summary>The digital signatures a PDF carries in its AcroForm signature fields: who signed (from the
/// signing certificate) and when (the dictionary's /M time).</summary>
public static partial class PdfSignatureDictionaries
{
    public const string Origin = "pdf-signature";

    public static IReadOnlyList<DigitalSignature> Read(PdfDocument document)
    {
        if (!document.TryGetForm(out var form)) return [];
        var scanner = document.Structure.TokenScanner;
        var signatures = new List<DigitalSignature>();
        foreach (var field in form.GetFields().OfType<AcroSignatureField>())
        {
            if (!field.Dictionary.TryGet(NameToken.V, scanner, out DictionaryToken? value) || value is null) continue;
            var (name, organization) = value.TryGet(NameToken.Contents, scanner, out HexToken? contents) && contents is not null
                ? CmsSignerCertificate.Read(contents.Bytes.ToArray())
                : (null, null);
            var time = value.TryGet(NameToken.M, scanner, out StringToken? m) && m is not null ? IsoTime(m.Data) : null;
            var signature = new DigitalSignature
            {
                Signer = name is null ? null : VietnameseText.Nfc(name),
                Organization = organization is null ? null : VietnameseText.Nfc(organization),
                Time = time,
                Origin = Origin,
            };
            if (signature.Signer is null && signature.Time is null) continue;
            if (!signatures.Any(s => s.Signer == signature.Signer && s.Time == signature.Time)) signatures.Add(signature);
        }
        return signatures;
    }

    /// <summary>A PDF date "D:20250124150622+07'00'" as ISO 8601 "2025-01-24T15:06:22+07:00".</summary>
    public static string? IsoTime(string pdfDate)
    {
        var match = PdfDate().Match(pdfDate);
        if (!match.Success) return null;
        var offset = match.Groups["zone"].Value switch
        {
            "" or "Z" => "+00:00",
            var z => $"{z[0]}{match.Groups["oh"].Value}:{(match.Groups["om"].Success ? match.Groups["om"].Value : "00")}",
        };
        var text = $"{match.Groups["y"].Value}-{Two(match, "mo", "01")}-{Two(match, "d", "01")}T{Two(match, "h", "00")}:{Two(match, "mi", "00")}:{Two(match, "s", "00")}{offset}";
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? text : null;
    }

    private static string Two(Match match, string group, string fallback) => match.Groups[group].Success ? match.Groups[group].Value : fallback;

    [GeneratedRegex(@"^(?:D:)?(?<y>\d{4})(?<mo>\d{2})?(?<d>\d{2})?(?<h>\d{2})?(?<mi>\d{2})?(?<s>\d{2})?(?:(?<zone>[Z+-])(?:(?<oh>\d{2})'?(?<om>\d{2})?'?)?)?")]
    private static partial Regex PdfDate();
}
