using System.CommandLine;
using System.Text;
using Extraction.Archive.Processing;

namespace Extraction.Cli.Commands;

/// <summary>`archive-worker` (hidden): the process the archive commands start per worker. It reads file paths
/// on standard input and answers with outcomes on standard output (see <see cref="WorkerHost"/>).</summary>
public static class ArchiveWorkerCommand
{
    public const string Name = "archive-worker";

    public static Command Create()
    {
        var command = new Command(Name, "Processes letters for an archive command (started by ingest, watch and retry).") { Hidden = true };
        command.SetAction(_ => Run());
        return command;
    }

    private static int Run()
    {
        var replies = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        // Anything a library prints goes to standard error, never into the replies.
        Console.SetOut(Console.Error);
        using var requests = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
        var pipeline = PipelineFactory.Create();
        return WorkerHost.Serve(pipeline, requests, replies);
    }
}
