using System.CommandLine;
using Extraction.Fields.Directives.Agenda;
using Spectre.Console;

namespace Extraction.Cli.Commands;

/// <summary>`tasks RECORDS... [--assignee TEXT] [--due-before DATE] [--due-after DATE] [--csv FILE]`:
/// who must do what by when, across the records of many letters.</summary>
public static class TasksCommand
{
    private const int TaskWidth = 90;

    public static Command Create()
    {
        var inputs = new Argument<string[]>("records") { Description = "Record files (.json, .jsonl) or folders of them, as `extract` writes them.", Arity = ArgumentArity.OneOrMore };
        var assignee = new Option<string?>("--assignee") { Description = "Only tasks of this body; diacritics, tone placement and UBND/HĐND may differ (\"so noi vu\")." };
        var dueBefore = new Option<string?>("--due-before") { Description = "Only deadlines on or before this date (2024-06-30 or 30/6/2024)." };
        var dueAfter = new Option<string?>("--due-after") { Description = "Only deadlines on or after this date." };
        var csv = new Option<string?>("--csv") { Description = "Also write the rows to this CSV file (UTF-8)." };
        var command = new Command("tasks", "List who must do what by when, from extracted records.") { inputs, assignee, dueBefore, dueAfter, csv };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(assignee), parse.GetValue(dueBefore), parse.GetValue(dueAfter), parse.GetValue(csv)));
        return command;
    }

    private static int Run(string[] inputs, string? assignee, string? dueBefore, string? dueAfter, string? csv)
    {
        if (!TryDate(dueBefore, "--due-before", out var before) || !TryDate(dueAfter, "--due-after", out var after)) return 2;
        var (records, unreadable) = RecordFiles.Load(inputs);
        var rows = TaskAgenda.Rows(records, new AgendaFilter(assignee, before, after));
        var console = AnsiConsole.Console;
        console.Write(Table(rows, records.Count));
        if (csv is not null && !TryWriteCsv(csv, rows)) return 2;
        foreach (var file in unreadable) Console.Error.WriteLine($"skipped {file.Path}: {file.Reason}");
        return unreadable.Count > 0 ? 1 : 0;
    }

    private static Table Table(IReadOnlyList<AgendaRow> rows, int letters)
    {
        var table = new Table().Title($"{rows.Count} {(rows.Count == 1 ? "row" : "rows")} from {letters} {(letters == 1 ? "letter" : "letters")}")
            .AddColumn("assignee").AddColumn("task").AddColumn("deadline").AddColumn("target").AddColumn("letter");
        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.Assignee.Length > 0 ? row.Assignee : "—"),
                Markup.Escape(Shorten(row.Task)),
                Markup.Escape(row.DueDate is { } due ? $"{due:yyyy-MM-dd} ({row.Relation})" : ""),
                Markup.Escape(Shorten(row.Targets)),
                Markup.Escape(row.Path is null ? row.Letter : $"{row.Letter} §{row.Path}"));
        }
        return table;
    }

    private static string Shorten(string text) => text.Length <= TaskWidth ? text : text[..(TaskWidth - 1)].TrimEnd() + "…";

    private static bool TryDate(string? text, string option, out DateOnly? date)
    {
        date = null;
        if (text is null) return true;
        date = AgendaFilter.ParseDate(text);
        if (date is not null) return true;
        Console.Error.WriteLine($"{option} \"{text}\" is not a date: write it as 2024-06-30 or 30/6/2024.");
        return false;
    }

    private static bool TryWriteCsv(string path, IReadOnlyList<AgendaRow> rows)
    {
        try
        {
            AgendaCsv.Write(path, rows);
            Console.Error.WriteLine($"wrote {rows.Count} rows to {path}");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"could not write {path}: {e.Message}");
            return false;
        }
    }
}
