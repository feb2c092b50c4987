using System.CommandLine;
using System.Text.Json;
using Extraction.Records;
using Extraction.Search;
using Extraction.Search.Analysis;
using Extraction.Search.Indexing;
using Extraction.Search.Querying;
using Extraction.Search.Snippets;
using Extraction.Web.Api;
using Spectre.Console;

namespace Extraction.Cli.Commands;

/// <summary><c>search "query" [filters] [--json]</c>: ranked letters with snippets from the committed index.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var location = new IndexLocation();
        var query = new Argument<string>("query") { Description = "Words and/or codes, with or without diacritics (\"\" lists the newest).", DefaultValueFactory = _ => "" };
        var issuer = new Option<string>("--issuer") { Description = "Issuing body: its words in a row, diacritics optional." };
        var type = new Option<string>("--type") { Description = "Document type: \"Công văn\", \"Kế hoạch\", ..." };
        var place = new Option<string>("--place") { Description = "Place of issue." };
        var assignee = new Option<string>("--assignee") { Description = "A body a task is assigned to." };
        var from = new Option<string>("--from") { Description = "Issued on or after (2023-06-15, 15/6/2023, 6/2023, 2023)." };
        var to = new Option<string>("--to") { Description = "Issued on or before." };
        var dueBefore = new Option<string>("--due-before") { Description = "Has a deadline on or before this day." };
        var limit = new Option<int>("--limit") { Description = "How many results.", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON (the API's /api/search shape)." };

        var command = new Command("search", "Search the indexed letters.") { query, issuer, type, place, assignee, from, to, dueBefore, limit, json };
        location.AddTo(command);
        command.SetAction(parse =>
        {
            var parameters = new SearchParameters
            {
                Q = parse.GetValue(query), Issuer = parse.GetValue(issuer), Type = parse.GetValue(type),
                Place = parse.GetValue(place), Assignee = parse.GetValue(assignee), From = parse.GetValue(from),
                To = parse.GetValue(to), DueBefore = parse.GetValue(dueBefore),
            };
            var indexDirectory = location.IndexDirectory(parse);
            return indexDirectory is null ? 2 : Run(indexDirectory, parameters, Math.Max(1, parse.GetValue(limit)), parse.GetValue(json));
        });
        return command;
    }

    private static int Run(string indexDirectory, SearchParameters parameters, int limit, bool json)
    {
        var (request, error) = parameters.ToRequest();
        if (request is null)
        {
            Console.Error.WriteLine(error);
            return 2;
        }
        ReadOnlyLetterIndex? index;
        try
        {
            index = ReadOnlyLetterIndex.TryOpen(indexDirectory);
        }
        catch (IndexNeedsRebuildException needsRebuild)
        {
            Console.Error.WriteLine(needsRebuild.Message);
            return 2;
        }
        if (index is null)
        {
            Console.Error.WriteLine($"There is no index at {indexDirectory}. Build it with: extraction index --records DIR");
            return 2;
        }
        using var _ = index;
        var results = index.Searcher.Search(request with { Limit = limit });
        if (json) PrintJson(results);
        else PrintTable(results);
        return 0;
    }

    private static void PrintJson(SearchResults results)
    {
        var response = new SearchResponse(results.Total, 1, results.Hits.Select(HitModel.From).ToList(), results.Facets.Dimensions);
        Console.WriteLine(JsonSerializer.Serialize(response, RecordJson.Indented));
    }

    private static void PrintTable(SearchResults results)
    {
        AnsiConsole.MarkupLine($"[grey]{results.Total} found[/]");
        var rank = 0;
        foreach (var hit in results.Hits)
        {
            var record = hit.Record;
            var date = IndexDate.FirstDay(record.IssuedDate) is { } day ? day.ToString("dd/MM/yyyy") : record.IssuedDate ?? "";
            AnsiConsole.MarkupLine($"[bold]{++rank}. {Markup.Escape($"{record.DocumentType} {DocumentCode.Of(record)}")}[/] [grey]{Markup.Escape($"{record.Issuer} · {date} · {record.Id}")}[/]");
            AnsiConsole.MarkupLine($"   {Markup.Escape(record.Subject ?? "")}");
            AnsiConsole.MarkupLine($"   [grey]{Highlighted(hit.Snippet)}[/]");
        }
    }

    private static string Highlighted(Snippet snippet) => string.Concat(snippet.Parts.Select(part =>
        part.Matched ? $"[bold yellow]{Markup.Escape(part.Text)}[/]" : Markup.Escape(part.Text)));
}
