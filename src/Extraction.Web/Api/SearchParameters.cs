using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Extraction.Search.Indexing;
using Extraction.Search.Querying;

namespace Extraction.Web.Api;

/// <summary>A search as the query string carries it, shared by the API and the search page.
/// Dates may be "2023-06-15", "15/6/2023", "6/2023" or "2023".</summary>
public sealed class SearchParameters
{
    public const int PageSize = 10;

    [Description("Words and/or codes, with or without diacritics: \"cai cach hanh chinh\", \"05/CT-TTg\".")]
    [FromQuery(Name = "q")]
    public string? Q { get; set; }
    [Description("Issuing body; its words in a row, diacritics optional.")]
    [FromQuery(Name = "issuer")]
    public string? Issuer { get; set; }
    [Description("Document type: \"Công văn\", \"Kế hoạch\", ...")]
    [FromQuery(Name = "type")]
    public string? Type { get; set; }
    [FromQuery(Name = "place")]
    public string? Place { get; set; }
    [Description("A body a task is assigned to.")]
    [FromQuery(Name = "assignee")]
    public string? Assignee { get; set; }
    [FromQuery(Name = "year")]
    public int? Year { get; set; }
    [Description("Issued on or after this day.")]
    [FromQuery(Name = "from")]
    public string? From { get; set; }
    [Description("Issued on or before this day.")]
    [FromQuery(Name = "to")]
    public string? To { get; set; }
    [Description("Has a deadline on or before this day.")]
    [FromQuery(Name = "dueBefore")]
    public string? DueBefore { get; set; }
    [Description("1-based page of " + nameof(PageSize) + " results.")]
    [FromQuery(Name = "page")]
    public int? Page { get; set; }

    /// <summary>The request, or the reason a value cannot be read (in Vietnamese, for the page).</summary>
    public (SearchRequest? Request, string? Error) ToRequest(int facetValues = 10)
    {
        var from = ReadDate(From, IndexDate.StartOf, "Từ ngày");
        var to = ReadDate(To, IndexDate.EndOf, "Đến ngày");
        var due = ReadDate(DueBefore, IndexDate.EndOf, "Hạn trước ngày");
        var error = from.Error ?? to.Error ?? due.Error;
        if (error is not null) return (null, error);
        var page = Math.Max(1, Page ?? 1);
        return (new SearchRequest
        {
            Query = Q ?? "",
            Filters = new SearchFilters
            {
                Issuer = Blank(Issuer), DocumentType = Blank(Type), Place = Blank(Place), Assignee = Blank(Assignee),
                Year = Year, IssuedFrom = from.Date, IssuedTo = to.Date, DueBefore = due.Date,
            },
            Offset = (page - 1) * PageSize,
            Limit = PageSize,
            FacetValues = facetValues,
        }, null);
    }

    public static (DateOnly? Date, string? Error) ReadDate(string? typed, Func<string?, DateOnly?> read, string label)
    {
        if (string.IsNullOrWhiteSpace(typed)) return (null, null);
        return read(typed) is { } date ? (date, null) : (null, $"{label}: \"{typed}\" không phải là ngày (ví dụ 15/6/2023 hoặc 2023-06-15).");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
