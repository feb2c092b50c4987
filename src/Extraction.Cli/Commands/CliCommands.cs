using System.CommandLine;

namespace Extraction.Cli.Commands;

/// <summary>Every command the tool offers; each lives in its own file.</summary>
public static class CliCommands
{
    public static IEnumerable<Command> All() =>
    [
        ExtractCommand.Create(),
        EvalCommand.Create(),
        TrainCommand.Create(),
        TrainDigitsCommand.Create(),
        TextCommand.Create(),
        EdxmlCommand.Create(),
        RegisterCommand.Create(),
        SlipCommand.Create(),
        TasksCommand.Create(),
        SearchCommand.Create(),
        IndexCommand.Create(),
        ServeCommand.Create(),
        IngestCommand.Create(),
        WatchCommand.Create(),
        RetryCommand.Create(),
        ExportCommand.Create(),
        StatusCommand.Create(),
        ReindexCommand.Create(),
        ArchiveWorkerCommand.Create(),
    ];
}
