using Extraction.Text;
namespace Extraction.Exchange;

/// <summary>The field lengths QCVN 102:2016 allows (the same as Decree 30/2020 Phụ lục VI gives for
/// these fields). A longer value is cut, at a word boundary where there is one, and the cut is
/// reported with the full value: never a silently shortened value.</summary>
public sealed class EdxmlLimits(ICollection<ExportWarning> warnings)
{
    public const int Subject = 500;
    public const int CodeNumber = 11;
    public const int CodeNotation = 30;
    public const int Place = 50;
    public const int OrganName = 200;
    public const int TypeName = 100;
    public const int Position = 100;
    public const int FullName = 50;
    public const int PageAmount = 999;

    public string? Fit(string element, string? value, int limit)
    {
        if (value is null || value.Length <= limit) return value;
        var cut = Cut(value, limit);
        warnings.Add(new ExportWarning(element, ExportWarningCodes.TooLong,
            $"{element} is {value.Length} characters, over the edXML limit of {limit}; written cut to {cut.Length} characters. The full value: \"{value}\""));
        return cut;
    }

    private static string Cut(string value, int limit)
    {
        var cut = value[..limit];
        var space = cut.LastIndexOf(' ');
        if (space > limit / 2) cut = cut[..space];
        return cut.TrimEndChars(" ,;:-");
    }
}
