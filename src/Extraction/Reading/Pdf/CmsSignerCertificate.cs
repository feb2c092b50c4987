using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Extraction.Reading.Pdf;

/// <summary>
/// The signer's name and organisation from a PDF signature's /Contents, a CMS SignedData blob
/// (RFC 5652): the certificate whose issuer and serial number the first SignerInfo names.
/// Vietnamese signing services put no /Name in the signature dictionary, only in the certificate.
/// </summary>
public static class CmsSignerCertificate
{
    private const string OrganizationOid = "2.5.4.10";

    public static (string? Name, string? Organization) Read(ReadOnlyMemory<byte> cms)
    {
        try
        {
            var certificate = SignerCertificate(cms);
            if (certificate is null) return (null, null);
            using (certificate)
            {
                var name = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
                var organization = certificate.SubjectName.EnumerateRelativeDistinguishedNames()
                    .Where(r => !r.HasMultipleElements && r.GetSingleElementType().Value == OrganizationOid)
                    .Select(r => r.GetSingleElementValue())
                    .FirstOrDefault();
                return (NullIfEmpty(name), NullIfEmpty(organization));
            }
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException or ArgumentException or InvalidOperationException)
        {
            return (null, null);
        }
    }

    private static X509Certificate2? SignerCertificate(ReadOnlyMemory<byte> cms)
    {
        // /Contents is zero-padded after the DER value, so read exactly one value and ignore the rest.
        var contentInfo = new AsnReader(cms, AsnEncodingRules.BER).ReadSequence();
        contentInfo.ReadObjectIdentifier();
        var signedData = contentInfo.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)).ReadSequence();
        signedData.ReadInteger();
        signedData.ReadSetOf(skipSortOrderValidation: true);
        signedData.ReadSequence();

        var certificates = new List<X509Certificate2>();
        var certificatesTag = new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true);
        if (signedData.HasData && signedData.PeekTag().HasSameClassAndValue(certificatesTag))
        {
            var set = signedData.ReadSetOf(skipSortOrderValidation: true, expectedTag: certificatesTag);
            while (set.HasData) certificates.Add(X509CertificateLoader.LoadCertificate(set.ReadEncodedValue().Span));
        }
        if (signedData.HasData && signedData.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 1, isConstructed: true)))
            signedData.ReadEncodedValue();

        var serial = SignerSerialNumber(signedData);
        var signer = certificates.FirstOrDefault(c => serial is not null && c.SerialNumberBytes.Span.SequenceEqual(serial))
                     ?? certificates.FirstOrDefault();
        foreach (var other in certificates.Where(c => !ReferenceEquals(c, signer))) other.Dispose();
        return signer;
    }

    private static byte[]? SignerSerialNumber(AsnReader signedData)
    {
        if (!signedData.HasData) return null;
        var signerInfo = signedData.ReadSetOf(skipSortOrderValidation: true).ReadSequence();
        signerInfo.ReadInteger();
        if (!signerInfo.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence)) return null;
        var issuerAndSerial = signerInfo.ReadSequence();
        issuerAndSerial.ReadEncodedValue();
        return issuerAndSerial.ReadIntegerBytes().ToArray();
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
