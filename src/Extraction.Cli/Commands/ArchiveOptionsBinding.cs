using System.CommandLine;
using System.Reflection;
using Extraction.Archive;
using Extraction.Archive.Processing;
using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary>How the archive commands process letters: how many at once, and the bounds on each.</summary>
internal sealed record ProcessingSettings(int Workers, ProcessingLimits Limits)
{
    /// <summary>Each worker is this same program started again with the hidden archive-worker command.</summary>
    public ILetterProcessor CreateProcessor() => new ChildProcessLetterProcessor(WorkerLaunch(), Limits);

    private static WorkerCommand WorkerLaunch()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? new WorkerCommand(host, [Assembly.GetEntryAssembly()!.Location, ArchiveWorkerCommand.Name])
            : new WorkerCommand(host, [ArchiveWorkerCommand.Name]);
    }
}

/// <summary>The options the archive commands share.</summary>
internal static class ArchiveOptionsBinding
{
    public static readonly Option<string> Archive = new("--archive")
    {
        Description = "The archive folder: originals, catalog, quarantine and index all live in it.",
        DefaultValueFactory = _ => "archive",
    };

    private static readonly Option<int> KeepFree = new("--keep-free")
    {
        Description = "Megabytes left free on the archive's disk: a file that would leave less is refused (and left where it was) before it is copied.",
        DefaultValueFactory = _ => (int)(new ArchiveOptions().MinimumFreeBytes / (1024 * 1024)),
    };

    private static readonly Option<int> Workers = new("--workers")
    {
        Description = "Letters processed at once, each in its own worker process.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private static readonly Option<double> Timeout = new("--timeout")
    {
        Description = "Seconds one file may take; past it the file is stopped and fails with 'timeout'.",
        DefaultValueFactory = _ => ProcessingLimits.Default.Timeout.TotalSeconds,
    };

    private static readonly Option<int> MaxMemory = new("--max-memory")
    {
        Description = "Megabytes a worker may use on one file; past it the file is stopped and fails with 'memory-limit'.",
        DefaultValueFactory = _ => (int)(ProcessingLimits.Default.MemoryLimitBytes / (1024 * 1024)),
    };

    public static void AddArchive(Command command) => command.Add(Archive);

    public static void AddProcessing(Command command)
    {
        command.Add(Archive);
        command.Add(KeepFree);
        command.Add(Workers);
        command.Add(Timeout);
        command.Add(MaxMemory);
    }

    public static ArchiveOptions ArchiveFrom(ParseResult parse) => new()
    {
        Root = parse.GetValue(Archive)!,
        MinimumFreeBytes = parse.GetResult(KeepFree) is null ? new ArchiveOptions().MinimumFreeBytes : Math.Max(0, parse.GetValue(KeepFree)) * 1024L * 1024,
    };

    public static ProcessingSettings ProcessingFrom(ParseResult parse) => new(
        Math.Max(1, parse.GetValue(Workers)),
        new ProcessingLimits(TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(Timeout))), Math.Max(64, parse.GetValue(MaxMemory)) * 1024L * 1024));
}
