using Extraction.Archive.Intake;

namespace Extraction.Archive.Watching;

public sealed class WatchOptions
{
    /// <summary>How long a file must stay unchanged before it is taken in.</summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the inbox is scanned. Polling, not change notifications: inotify does not see
    /// files written to a network share by another machine, and a scan of a folder is cheap.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long to wait before trying again a file refused because of the archive's disk (full, read-only).</summary>
    public TimeSpan RetryArchiveFaultsAfter { get; init; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Watches an inbox folder and takes in each file once it has settled. The inbox is only read: files
/// stay where they were dropped, and one already taken in (same path, size and time) is not taken again,
/// even after a restart. Processing goes on in the archive's run, in parallel, as files arrive.
/// </summary>
public sealed class InboxWatcher(LetterArchive archive, string inbox, WatchOptions options)
{
    public async Task RunAsync(Action<IntakeResult> onIntake, CancellationToken cancellation)
    {
        var files = new SettledFiles(Path.GetFullPath(inbox), options.SettleTime, archive.Layout.Contains);
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                foreach (var path in files.Scan())
                {
                    var result = archive.TakeIn(path, cancellation);
                    files.Handled(path, RetryAfter(result));
                    if (result.Kind != IntakeKind.AlreadyTakenIn) onIntake(result);
                }
                await Task.Delay(options.PollInterval, cancellation);
            }
            catch (OperationCanceledException)
            {
                return; // stopped on request; a file being copied was left where it was, and is taken in next time
            }
        }
    }

    private TimeSpan? RetryAfter(IntakeResult result) => result.Failure?.Code switch
    {
        null => null,
        var code when ArchiveFaults.IsArchiveWide(code) => options.RetryArchiveFaultsAfter,
        ArchiveFaults.ChangedWhileCopying => options.SettleTime,
        _ => null,
    };
}
