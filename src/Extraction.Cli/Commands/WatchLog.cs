using Extraction.Archive.Intake;
using Extraction.Archive.Processing;

namespace Extraction.Cli.Commands;

/// <summary>The watcher's log: one line per file taken in, refused or processed, with the time.</summary>
internal sealed class WatchLog(TextWriter output)
{
    private readonly Lock _gate = new();

    public void TakenIn(IntakeResult result) => Line(result.Kind switch
    {
        IntakeKind.New => $"taken in   {result.Name} as {result.LetterId}",
        IntakeKind.Duplicate => $"duplicate  {result.Name}: the same bytes as {result.LetterId}, not processed again",
        _ => $"refused    {result.Name} [{result.Failure!.Code}] {result.Failure.Reason}",
    });

    public void Processed(ProcessedLetter letter)
    {
        var seconds = $"{letter.Outcome.Elapsed.TotalSeconds:0.0} s";
        if (letter.Outcome.Record is not { } record)
        {
            Line($"failed     {letter.FileName} [{letter.Outcome.Failure!.Code}] {letter.Outcome.Failure.Reason} ({seconds}; copy and reason in quarantine)");
            return;
        }
        var what = string.Join(' ', new[] { record.DocumentType, record.Number is null ? null : $"{record.Number}/{record.Notation}", record.Issuer }.Where(p => p is not null));
        var version = letter.Completed is { VersionCount: > 1 } v ? $"; version {v.Version} of {v.VersionCount}, current: {v.CurrentVersion}" : "";
        Line($"done       {letter.FileName} → {letter.LetterId}: {what} ({seconds}{version})");
    }

    public void Warning(string message) => Line($"warning    {message}");

    public void Line(string text)
    {
        lock (_gate)
        {
            output.WriteLine($"{DateTime.Now:HH:mm:ss} {text}");
            output.Flush();
        }
    }
}
