using Extraction.Archive;
using Extraction.Archive.Intake;
using Extraction.Archive.Processing;
using Spectre.Console;

namespace Extraction.Cli.Commands;

/// <summary>
/// A batch with a live bar (letters per second, time left) on standard error: the files given are taken
/// in while workers process them and whatever was already waiting, then the summary is printed.
/// Shared by ingest (files) and retry (none: only what waits).
/// </summary>
internal static class ArchiveBatch
{
    public static int Run(LetterArchive archive, ProcessingSettings settings, IReadOnlyList<string> files, CancellationToken cancellation)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var report = new BatchReport();
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new LettersPerSecondColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var extracting = progress.AddTask("Extracting", maxValue: Math.Max(1, archive.Waiting() + files.Count));
                var events = new ProcessingEvents
                {
                    LetterProcessed = letter =>
                    {
                        report.Add(letter);
                        extracting.Increment(1);
                    },
                    Warning = report.Warn,
                };
                var run = archive.StartProcessing(settings.Workers, settings.CreateProcessor, events, cancellation);
                if (files.Count > 0) TakeIn(archive, files, progress.AddTask($"Taking in {files.Count} files", maxValue: files.Count), extracting, report, cancellation);
                run.FinishWhenIdle();
                run.Completion.Wait(CancellationToken.None);
                report.StoppedBy = run.StoppedBy;
                extracting.Value = extracting.MaxValue;
            });
        archive.SyncIndex(report.Warn);
        report.Print(console, archive, cancellation.IsCancellationRequested);
        return report.ExitCode;
    }

    private static void TakeIn(LetterArchive archive, IReadOnlyList<string> files, ProgressTask taking, ProgressTask extracting, BatchReport report, CancellationToken cancellation)
    {
        archive.TakeIn(files, result =>
        {
            report.Add(result);
            // Only new originals are processed: the bar's total shrinks by every other arrival.
            if (result.Kind != IntakeKind.New)
                lock (extracting) extracting.MaxValue = Math.Max(1, extracting.MaxValue - 1);
            taking.Increment(1);
        }, cancellation);
        taking.Value = taking.MaxValue;
    }
}
