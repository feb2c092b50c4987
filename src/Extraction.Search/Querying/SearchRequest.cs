namespace Extraction.Search.Querying;

/// <summary>What a person asked: free text (words and codes) narrowed by filters.</summary>
public sealed record SearchRequest
{
    public string Query { get; init; } = "";
    public SearchFilters Filters { get; init; } = new();
    public int Offset { get; init; }
    public int Limit { get; init; } = 10;
    /// <summary>How many values of each facet dimension to report; 0 skips facet counting.</summary>
    public int FacetValues { get; init; } = 10;
}

/// <summary>
/// Narrowing conditions. Text filters (issuer, type, place, assignee) match when the value's words
/// appear together in that field, ignoring case and diacritics: "--assignee 'So Noi vu'" finds
/// "Giám đốc Sở Nội vụ". Dates are inclusive.
/// </summary>
public sealed record SearchFilters
{
    public string? Issuer { get; init; }
    public string? DocumentType { get; init; }
    public string? Place { get; init; }
    public string? Assignee { get; init; }
    public int? Year { get; init; }
    public DateOnly? IssuedFrom { get; init; }
    public DateOnly? IssuedTo { get; init; }
    /// <summary>Letters with a deadline on or before this day.</summary>
    public DateOnly? DueBefore { get; init; }
    /// <summary>Letters with a deadline on or after this day.</summary>
    public DateOnly? DueAfter { get; init; }
}
