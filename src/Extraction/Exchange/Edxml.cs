using System.Globalization;
using System.Xml.Linq;

namespace Extraction.Exchange;

/// <summary>Names and formats of edXML (QCVN 102:2016/BTTTT), the envelope in which Vietnamese
/// offices exchange letters over the document-exchange gateways.</summary>
public static class Edxml
{
    public static readonly XNamespace Namespace = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    public const string Prefix = "edXML";
    public const string MediaType = "application/xml";
    public const string FileExtension = ".edxml";

    // The gateways write dates as yyyy/MM/dd; ISO dates are accepted on reading.
    private const string DateFormat = "yyyy/MM/dd";
    private static readonly string[] ReadableDateFormats = [DateFormat, "yyyy-MM-dd"];

    public static XName Name(string localName) => Namespace + localName;

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ReadableDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
