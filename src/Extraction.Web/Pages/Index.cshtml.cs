using Extraction.Search.Facets;
using Extraction.Search.Querying;
using Extraction.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Extraction.Web.Pages;

/// <summary>The search page: a query box, facets to narrow by, ranked letters with highlighted snippets.</summary>
public sealed class IndexModel(LetterSearcher searcher) : PageModel
{
    public SearchParameters Search { get; private set; } = new();
    public SearchResults? Results { get; private set; }
    public string? Error { get; private set; }

    public void OnGet([FromQuery] SearchParameters search)
    {
        Search = search;
        var (request, error) = search.ToRequest();
        Error = error;
        if (request is not null) Results = searcher.Search(request);
    }

    public int PageNumber => Math.Max(1, Search.Page ?? 1);

    public int PageCount => Results is null ? 0 : (Results.Total + SearchParameters.PageSize - 1) / SearchParameters.PageSize;

    /// <summary>The current search's link with one value changed (null removes it); any change but
    /// the page number starts again from page 1.</summary>
    public string Link(string name, string? value)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Search.Q, ["issuer"] = Search.Issuer, ["type"] = Search.Type, ["place"] = Search.Place,
            ["assignee"] = Search.Assignee, ["year"] = Search.Year?.ToString(), ["from"] = Search.From,
            ["to"] = Search.To, ["dueBefore"] = Search.DueBefore, ["page"] = null,
        };
        values[name] = value;
        var query = values.Where(v => !string.IsNullOrWhiteSpace(v.Value))
            .Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value!)}");
        return "/?" + string.Join('&', query);
    }

    /// <summary>The filter a facet dimension sets, and its current value.</summary>
    public (string Name, string? Current) FilterOf(string dimension) => dimension switch
    {
        FacetDimensions.Issuer => ("issuer", Search.Issuer),
        FacetDimensions.Place => ("place", Search.Place),
        FacetDimensions.DocumentType => ("type", Search.Type),
        FacetDimensions.Year => ("year", Search.Year?.ToString()),
        FacetDimensions.Assignee => ("assignee", Search.Assignee),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };
}
