using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Extraction.Reading;
using Extraction.Text;

namespace Extraction.Exchange;

/// <summary>An edXML message as received: its header and the files it carries, the letter first.</summary>
public sealed record EdxmlMessage(EdxmlHeader Header, IReadOnlyList<EdxmlAttachment> Attachments);

/// <summary>Reads an edXML message. The header is read in the standard's namespace; attachments are
/// found by local name, since gateways write the AttachmentEncoded part with or without it.</summary>
public static class EdxmlParser
{
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static EdxmlMessage Parse(string path)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(path, Safe);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new LetterReadException(ReadFailureKind.Corrupt,
                $"The edXML file is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}): {e.Message}", e);
        }
        return Parse(document);
    }

    public static EdxmlMessage Parse(XDocument document)
    {
        var header = document.Descendants(Edxml.Name("MessageHeader")).FirstOrDefault()
            ?? throw new LetterReadException(ReadFailureKind.Corrupt,
                $"The file has no edXML MessageHeader (namespace {Edxml.Namespace}); it is not an edXML message.");
        return new EdxmlMessage(Header(header), Attachments(document));
    }

    private static EdxmlHeader Header(XElement header)
    {
        var from = header.Element(Edxml.Name("From"));
        var signer = header.Element(Edxml.Name("SignerInfo"));
        var response = header.Element(Edxml.Name("ResponseFor"));
        return new EdxmlHeader
        {
            OrganName = Value(from, "OrganName"),
            OrganizationInCharge = Value(from, "OrganizationInCharge"),
            To = header.Elements(Edxml.Name("To")).Select(to => Value(to, "OrganName")).OfType<string>().ToList(),
            CodeNumber = Value(header.Element(Edxml.Name("Code")), "CodeNumber"),
            CodeNotation = Value(header.Element(Edxml.Name("Code")), "CodeNotation"),
            Place = Value(header.Element(Edxml.Name("PromulgationInfo")), "Place"),
            PromulgationDate = Edxml.ParseDate(Value(header.Element(Edxml.Name("PromulgationInfo")), "PromulgationDate")),
            TypeName = Value(header.Element(Edxml.Name("DocumentType")), "TypeName"),
            Subject = Value(header, "Subject"),
            Signer = signer is null ? null : new EdxmlSigner(Value(signer, "Competence"), Value(signer, "Position"), Value(signer, "FullName")),
            DueDate = Edxml.ParseDate(Value(header, "DueDate")),
            ToPlaces = Values(header.Element(Edxml.Name("ToPlaces")), "Place"),
            Priority = int.TryParse(Value(header.Element(Edxml.Name("OtherInfo")), "Priority"), NumberStyles.None, CultureInfo.InvariantCulture, out var priority)
                && priority is >= UrgencyPriority.Lowest and <= UrgencyPriority.Highest ? priority : null,
            PageAmount = int.TryParse(Value(header.Element(Edxml.Name("OtherInfo")), "PageAmount"), NumberStyles.None, CultureInfo.InvariantCulture, out var pages) ? pages : null,
            Appendixes = Values(header.Element(Edxml.Name("OtherInfo"))?.Element(Edxml.Name("Appendixes")), "Appendix"),
            ResponseFor = Value(response, "Code") is { } code ? new EdxmlResponse(code, Edxml.ParseDate(Value(response, "PromulgationDate"))) : null,
        };
    }

    private static List<EdxmlAttachment> Attachments(XDocument document) => document.Descendants()
        .Where(e => e.Name.LocalName == "Attachment" && e.Parent?.Name.LocalName == "AttachmentEncoded")
        .Select(Attachment)
        .ToList();

    private static EdxmlAttachment Attachment(XElement attachment)
    {
        var name = LocalValue(attachment, "AttachmentName") ?? "attachment";
        var encoded = LocalValue(attachment, "ContentTransferEncoded") ?? "";
        try
        {
            return new EdxmlAttachment(name, LocalValue(attachment, "ContentType") ?? "application/octet-stream", Convert.FromBase64String(encoded));
        }
        catch (FormatException e)
        {
            throw new LetterReadException(ReadFailureKind.Corrupt, $"The attachment \"{name}\" in the edXML file is not valid base64: the file is damaged.", e);
        }
    }

    /// <summary>The text of a child element, trimmed and in NFC; null when the element is absent or empty.</summary>
    private static string? Value(XElement? parent, string localName) => Clean(parent?.Element(Edxml.Name(localName))?.Value);

    private static List<string> Values(XElement? parent, string localName) =>
        parent?.Elements(Edxml.Name(localName)).Select(e => Clean(e.Value)).OfType<string>().ToList() ?? [];

    private static string? LocalValue(XElement parent, string localName) =>
        Clean(parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : VietnameseText.Nfc(value.Trim());
}
