namespace Extraction.Exchange;

/// <summary>Something a clerk should know about one exported value: which element, what happened, and the value in full.</summary>
public sealed record ExportWarning(string Element, string Code, string Message);

/// <summary>One letter written as edXML, with what did not fit the standard.</summary>
public sealed record ExportedLetter(string Id, string Path, IReadOnlyList<ExportWarning> Warnings);

/// <summary>What an export wrote, letter by letter.</summary>
public sealed record ExportReport(IReadOnlyList<ExportedLetter> Letters)
{
    public int WarningCount => Letters.Sum(l => l.Warnings.Count);
}

public static class ExportWarningCodes
{
    public const string TooLong = "edxml-value-too-long";
    public const string PartialDate = "edxml-partial-date";
    public const string UnknownUrgency = "edxml-unknown-urgency";
    public const string NoAttachment = "edxml-no-attachment";
}
