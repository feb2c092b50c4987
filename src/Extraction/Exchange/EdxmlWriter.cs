using System.Globalization;
using System.Xml.Linq;

namespace Extraction.Exchange;

/// <summary>Writes an edXML message: the envelope (header, and a manifest naming the attached
/// letter) and the attachment itself, base64-encoded beside the envelope as the exchange gateways
/// carry it. Element order follows schema/edxml/edxml.xsd.</summary>
public static class EdxmlWriter
{
    public static XDocument Write(EdxmlHeader header, EdxmlAttachment? letter)
    {
        var root = new XElement(N("edXML"),
            new XAttribute(XNamespace.Xmlns + Edxml.Prefix, Edxml.Namespace),
            new XElement(N("edXMLEnvelope"),
                new XElement(N("edXMLHeader"), MessageHeader(header)),
                new XElement(N("edXMLBody"),
                    new XElement(N("edXMLManifest"), new XAttribute("version", "1.0"), letter is null ? null : ManifestReference(letter)))),
            letter is null ? null : new XElement(N("AttachmentEncoded"), Attachment(letter)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    private static XElement MessageHeader(EdxmlHeader header) => new(N("MessageHeader"),
        new XElement(N("From"), Optional("OrganizationInCharge", header.OrganizationInCharge), Required("OrganName", header.OrganName)),
        header.To.Select(to => new XElement(N("To"), Required("OrganName", to))),
        new XElement(N("Code"), Required("CodeNumber", header.CodeNumber), Required("CodeNotation", header.CodeNotation)),
        new XElement(N("PromulgationInfo"), Required("Place", header.Place), Required("PromulgationDate", Date(header.PromulgationDate))),
        new XElement(N("DocumentType"), Required("TypeName", header.TypeName)),
        Required("Subject", header.Subject),
        header.Signer is { } signer
            ? new XElement(N("SignerInfo"), Optional("Competence", signer.Competence), Optional("Position", signer.Position), Optional("FullName", signer.FullName))
            : null,
        Optional("DueDate", Date(header.DueDate)),
        header.ToPlaces.Count > 0 ? new XElement(N("ToPlaces"), header.ToPlaces.Select(place => Required("Place", place))) : null,
        new XElement(N("OtherInfo"),
            Required("Priority", (header.Priority ?? UrgencyPriority.Lowest).ToString(CultureInfo.InvariantCulture)),
            Optional("PageAmount", header.PageAmount?.ToString(CultureInfo.InvariantCulture)),
            header.Appendixes.Count > 0 ? new XElement(N("Appendixes"), header.Appendixes.Select(a => Required("Appendix", a))) : null),
        header.ResponseFor is { } response
            ? new XElement(N("ResponseFor"), Required("Code", response.Code), Optional("PromulgationDate", Date(response.PromulgationDate)))
            : null);

    private static XElement ManifestReference(EdxmlAttachment letter) => new(N("Reference"),
        Required("ContentId", letter.ContentId),
        Required("ContentType", letter.ContentType),
        Required("AttachmentName", letter.Name));

    private static XElement Attachment(EdxmlAttachment letter) => new(N("Attachment"),
        Required("ContentId", letter.ContentId),
        Required("AttachmentName", letter.Name),
        Required("ContentType", letter.ContentType),
        Required("ContentTransferEncoded", Convert.ToBase64String(letter.Content)));

    /// <summary>An element the standard requires: written empty when the letter has no value.</summary>
    private static XElement Required(string name, string? value) => new(N(name), value ?? "");

    private static XElement? Optional(string name, string? value) => value is null ? null : new XElement(N(name), value);

    private static string? Date(DateOnly? date) => date is { } d ? Edxml.FormatDate(d) : null;

    private static XName N(string localName) => Edxml.Name(localName);
}
