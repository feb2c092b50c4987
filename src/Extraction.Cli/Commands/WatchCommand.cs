using System.CommandLine;
using Extraction.Archive.Processing;
using Extraction.Archive.Watching;

namespace Extraction.Cli.Commands;

/// <summary>`watch INBOX`: takes in every file dropped into the folder once it has stopped changing, processes
/// letters in parallel as they come, and logs a line per letter, until Ctrl+C.</summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var inbox = new Argument<string>("inbox") { Description = "The folder letters are dropped into (it is only read)." };
        var settle = new Option<double>("--settle")
        {
            Description = "Seconds a file must stay unchanged before it is taken in (longer for slow network copies).",
            DefaultValueFactory = _ => new WatchOptions().SettleTime.TotalSeconds,
        };
        var poll = new Option<double>("--poll") { Description = "Seconds between scans of the inbox.", DefaultValueFactory = _ => new WatchOptions().PollInterval.TotalSeconds };
        var command = new Command("watch", "Watch a folder and take in every letter dropped into it.") { inbox, settle, poll };
        ArchiveOptionsBinding.AddProcessing(command);
        command.SetAction((parse, cancellation) => Run(parse.GetValue(inbox)!, new WatchOptions
        {
            SettleTime = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(settle))),
            PollInterval = TimeSpan.FromSeconds(Math.Max(0.1, parse.GetValue(poll))),
        }, parse, cancellation));
        return command;
    }

    private static async Task<int> Run(string inbox, WatchOptions options, ParseResult parse, CancellationToken cancellation)
    {
        if (!Directory.Exists(inbox))
        {
            Console.Error.WriteLine($"No such folder: {inbox}");
            return 2;
        }
        using var archive = ArchiveSession.Open(ArchiveOptionsBinding.ArchiveFrom(parse));
        if (archive is null) return 2;
        var settings = ArchiveOptionsBinding.ProcessingFrom(parse);
        var log = new WatchLog(Console.Out);
        log.Line($"watching {Path.GetFullPath(inbox)} into {archive.Layout.Root} with {settings.Workers} workers; {archive.Waiting()} letters waiting; Ctrl+C stops");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var run = archive.StartProcessing(settings.Workers, settings.CreateProcessor,
            new ProcessingEvents { LetterProcessed = log.Processed, Warning = log.Warning }, stop.Token);
        _ = run.Completion.ContinueWith(_ => stop.Cancel(), TaskScheduler.Default);
        await new InboxWatcher(archive, inbox, options).RunAsync(log.TakenIn, stop.Token);
        stop.Cancel();
        await run.Completion;
        archive.SyncIndex(log.Warning);
        if (run.StoppedBy is { } fault)
        {
            log.Line($"stopped: [{fault.Code}] {fault.Reason}");
            return 1;
        }
        log.Line($"stopped on request; {archive.Waiting()} letters wait and will be processed by the next watch, ingest or retry");
        return 0;
    }
}
