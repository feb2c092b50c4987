using Extraction.Records;
using Extraction.Registers.Slip;
using Extraction.Search.Indexing;
using Extraction.Search.Letters;
using Extraction.Search.Querying;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Extraction.Web.Api;

/// <summary>The JSON API: search, facets, a letter, its original, searchable PDF and processing slip, deadlines by assignee and date.</summary>
public static class SearchApi
{
    public static void MapStaffSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/search", Search).WithName("search")
            .WithSummary("Ranked letters with highlighted snippets and facet counts.");
        api.MapGet("/facets", Facets).WithName("facets")
            .WithSummary("Facet counts (issuer, place, type, year, assignee) of the letters a search finds.");
        api.MapGet("/letters/{id}", Letter).WithName("letter")
            .WithSummary("The letter's record, as the record contract defines it.")
            .Produces<LetterRecord>().Produces(StatusCodes.Status404NotFound);
        api.MapGet("/letters/{id}/original", Original).WithName("original")
            .WithSummary("The file the letter arrived as.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").Produces(StatusCodes.Status404NotFound);
        api.MapGet("/letters/{id}/searchable-pdf", SearchablePdf).WithName("searchable-pdf")
            .WithSummary("A scanned letter's page images under an invisible layer of the text read from them, to search, select and copy in any PDF viewer.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").Produces(StatusCodes.Status404NotFound);
        api.MapGet("/letters/{id}/slip", Slip).WithName("slip")
            .WithSummary("The letter's draft processing slip (Phiếu giải quyết văn bản đến) as a printable HTML page.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html").Produces(StatusCodes.Status404NotFound);
        api.MapGet("/deadlines", Deadlines).WithName("deadlines")
            .WithSummary("Deadlines set by the letters, by assignee and date range (inclusive), earliest first.");
    }

    private static Results<Ok<SearchResponse>, BadRequest<ProblemResponse>> Search([AsParameters] SearchParameters parameters, LetterSearcher searcher)
    {
        var (request, error) = parameters.ToRequest();
        if (request is null) return TypedResults.BadRequest(new ProblemResponse(error!));
        var results = searcher.Search(request);
        return TypedResults.Ok(new SearchResponse(results.Total, Math.Max(1, parameters.Page ?? 1),
            results.Hits.Select(HitModel.From).ToList(), results.Facets.Dimensions));
    }

    private static Results<Ok<FacetsResponse>, BadRequest<ProblemResponse>> Facets([AsParameters] SearchParameters parameters, LetterSearcher searcher)
    {
        var (request, error) = parameters.ToRequest(facetValues: 50);
        if (request is null) return TypedResults.BadRequest(new ProblemResponse(error!));
        var results = searcher.Search(request with { Limit = 0, Offset = 0 });
        return TypedResults.Ok(new FacetsResponse(results.Total, results.Facets.Dimensions));
    }

    // The record is written with the contract's own serializer options (nulls kept, camelCase).
    private static IResult Letter(string id, ILetterSource source)
    {
        var letter = source.Find(id);
        return letter is null ? Results.NotFound() : Results.Json(letter.Record, RecordJson.Compact);
    }

    private static IResult Original(string id, ILetterSource source) => Download(source.FindOriginal(id));

    private static IResult Download(OriginalFile? file) =>
        file is null ? Results.NotFound() : Results.Stream(file.Open(), file.MediaType, file.FileName);

    private static IResult SearchablePdf(string id, ILetterSource source) => Download(source.FindSearchablePdf(id));

    private static IResult Slip(string id, ILetterSource source)
    {
        var letter = source.Find(id);
        return letter is null ? Results.NotFound() : Results.Content(SlipHtml.Render(ProcessingSlip.For(letter.Record)), "text/html; charset=utf-8");
    }

    private static Results<Ok<DeadlinesResponse>, BadRequest<ProblemResponse>> Deadlines(
        DeadlineFinder finder,
        [FromQuery] string? assignee = null,
        [FromQuery] string? from = null,
        [FromQuery] string? to = null)
    {
        var start = SearchParameters.ReadDate(from, IndexDate.StartOf, "Từ ngày");
        var end = SearchParameters.ReadDate(to, IndexDate.EndOf, "Đến ngày");
        var error = start.Error ?? end.Error;
        if (error is not null) return TypedResults.BadRequest(new ProblemResponse(error));
        var deadlines = finder.Find(new DeadlineQuery(string.IsNullOrWhiteSpace(assignee) ? null : assignee, start.Date, end.Date));
        return TypedResults.Ok(new DeadlinesResponse(deadlines));
    }
}
