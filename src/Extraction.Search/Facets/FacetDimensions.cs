namespace Extraction.Search.Facets;

/// <summary>The dimensions staff narrow a search by.</summary>
public static class FacetDimensions
{
    public const string Issuer = "issuer";
    public const string Place = "place";
    public const string DocumentType = "type";
    public const string Year = "year";
    public const string Assignee = "assignee";

    public static readonly IReadOnlyList<string> All = [Issuer, Place, DocumentType, Year, Assignee];
}
