using Extraction.Search.Indexing;
using Extraction.Search.Querying;
using Extraction.Web.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Extraction.Web.Pages;

/// <summary>Upcoming deadlines of one assignee (or everyone), from today unless told otherwise.</summary>
public sealed class DeadlinesModel(DeadlineFinder finder, TimeProvider clock) : PageModel
{
    public string? Assignee { get; private set; }
    public string From { get; private set; } = "";
    public string? To { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<DeadlineEntry> Deadlines { get; private set; } = [];

    public void OnGet(string? assignee, string? from, string? to)
    {
        Assignee = assignee;
        From = string.IsNullOrWhiteSpace(from) ? Display.Date(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)) : from;
        To = to;
        var start = SearchParameters.ReadDate(From, IndexDate.StartOf, "Từ ngày");
        var end = SearchParameters.ReadDate(To, IndexDate.EndOf, "Đến ngày");
        Error = start.Error ?? end.Error;
        if (Error is null) Deadlines = finder.Find(new DeadlineQuery(string.IsNullOrWhiteSpace(assignee) ? null : assignee, start.Date, end.Date));
    }
}
