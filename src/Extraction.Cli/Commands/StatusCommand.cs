using System.CommandLine;
using Extraction.Archive;
using Extraction.Archive.Catalog;
using Spectre.Console;

namespace Extraction.Cli.Commands;

/// <summary>`status`: counts by state, the slowest letters, and every failed or refused file with its reason.
/// Reads the catalog only, so it works while an ingest or watch is running.</summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var top = new Option<int>("--top") { Description = "How many of the slowest letters to list.", DefaultValueFactory = _ => 10 };
        var command = new Command("status", "Show what the archive holds and what failed.") { top };
        ArchiveOptionsBinding.AddArchive(command);
        command.SetAction(parse => Run(ArchiveOptionsBinding.ArchiveFrom(parse), parse.GetValue(top)));
        return command;
    }

    private static int Run(ArchiveOptions options, int top)
    {
        var layout = new ArchiveLayout(options.Root);
        CatalogReader reader;
        try
        {
            reader = CatalogReader.Open(layout);
        }
        catch (ArchiveUnavailableException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        using (reader)
        {
            var console = AnsiConsole.Console;
            var counts = reader.Counts();
            var states = new Table().Title($"Archive {Markup.Escape(layout.Root)}").AddColumn("letters").AddColumn(new TableColumn("count").RightAligned());
            foreach (var state in Enum.GetValues<LetterState>()) states.AddRow(state.ToString().ToLowerInvariant(), counts[state].ToString());
            states.AddRow("superseded by a newer version", counts.Superseded.ToString());
            states.AddRow("duplicate arrivals", counts.Duplicates.ToString());
            states.AddRow("refused arrivals", counts.Refused.ToString());
            console.Write(states);
            Write(console, $"Slowest {top}", reader.Slowest(top), e => [e.LetterId, e.State.ToString().ToLowerInvariant(), $"{e.Elapsed!.Value.TotalSeconds:0.00} s"], "letter", "state", "time");
            Write(console, "Failed (a copy and the reason are in quarantine/; fix the cause, then `extraction retry`)", reader.Failed(),
                e => [e.LetterId, e.FileName, $"[{e.Failure!.Code}] {e.Failure.Reason}"], "letter", "file", "reason");
            Write(console, "Refused (never taken in; the files were left where they were)", reader.Refused(),
                a => [a.SourcePath, $"[{a.Failure!.Code}] {a.Failure.Reason}"], "file", "reason");
        }
        return 0;
    }

    private static void Write<T>(IAnsiConsole console, string title, IReadOnlyList<T> rows, Func<T, string[]> cells, params string[] columns)
    {
        if (rows.Count == 0) return;
        var table = new Table().Title(Markup.Escape(title));
        foreach (var column in columns) table.AddColumn(column);
        foreach (var row in rows) table.AddRow(cells(row).Select(Markup.Escape).ToArray());
        console.Write(table);
    }
}
