using System.Collections.Concurrent;
using System.Text;
using Extraction.Archive.Intake;
using Extraction.Archive.Processing;
using Extraction.Archive.Tests.Fixtures;
using Extraction.Archive.Watching;

namespace Extraction.Archive.Tests;

/// <summary>The watcher takes in what is dropped into its folder once it has stopped changing, exactly once.</summary>
public sealed class WatcherTests : IDisposable
{
    private static readonly WatchOptions Quick = new() { SettleTime = TimeSpan.FromMilliseconds(1500), PollInterval = TimeSpan.FromMilliseconds(100) };
    private readonly TestArchive _archive = new();
    private readonly string _inbox;

    public WatcherTests() => _inbox = _archive.Scratch.Sub("inbox");

    public void Dispose() => _archive.Dispose();

    /// <summary>Watches until <paramref name="done"/> holds (or 30 s pass), then stops; returns what was taken in and processed.</summary>
    private async Task<(List<IntakeResult> Intake, List<ProcessedLetter> Processed)> Watch(Func<List<IntakeResult>, List<ProcessedLetter>, bool> done, Func<Task>? meanwhile = null)
    {
        var intake = new ConcurrentQueue<IntakeResult>();
        var processed = new ConcurrentQueue<ProcessedLetter>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var run = _archive.Archive.StartProcessing(2, TestArchive.InProcess, new ProcessingEvents { LetterProcessed = processed.Enqueue }, stop.Token);
        var watching = new InboxWatcher(_archive.Archive, _inbox, Quick).RunAsync(intake.Enqueue, stop.Token);
        if (meanwhile is not null) await meanwhile();
        while (!stop.IsCancellationRequested && !done([.. intake], [.. processed])) await Task.Delay(50);
        await stop.CancelAsync();
        await watching;
        await run.Completion;
        return ([.. intake], [.. processed]);
    }

    [Fact]
    public async Task A_letter_dropped_in_is_taken_in_and_processed()
    {
        var (intake, processed) = await Watch((_, processed) => processed.Count == 1,
            () => File.WriteAllTextAsync(Path.Combine(_inbox, "seed-000.txt"), File.ReadAllText(TestFiles.Letter("seed-000.txt"))));

        Assert.Equal(IntakeKind.New, intake.Single().Kind);
        Assert.Equal("62", processed.Single().Outcome.Record!.Number);
    }

    [Fact]
    public async Task A_letter_copied_in_slowly_is_taken_in_only_once_complete()
    {
        var content = Encoding.UTF8.GetBytes(File.ReadAllText(TestFiles.Letter("seed-001.txt")));
        async Task CopySlowly()
        {
            // Chunks every 100 ms, well inside the 1.5 s settle time even on a loaded machine, as a slow network share delivers them.
            await using var file = new FileStream(Path.Combine(_inbox, "slow.txt"), FileMode.CreateNew);
            foreach (var chunk in content.Chunk(content.Length / 8 + 1))
            {
                await file.WriteAsync(chunk);
                await file.FlushAsync();
                await Task.Delay(100);
            }
        }

        var (intake, processed) = await Watch((_, processed) => processed.Count == 1, CopySlowly);

        var taken = Assert.Single(intake);
        Assert.Equal(IntakeKind.New, taken.Kind);
        Assert.Equal(content, File.ReadAllBytes(_archive.Layout.OriginalPath(_archive.Entry("slow").Sha256)));
        Assert.Equal("UBND-NV", processed.Single().Outcome.Record!.Notation);
    }

    [Fact]
    public async Task After_a_restart_nothing_is_taken_in_twice_and_new_letters_still_are()
    {
        File.WriteAllText(Path.Combine(_inbox, "letter-0.txt"), TestFiles.Variants.Text(0));
        await Watch((_, processed) => processed.Count == 1);

        _archive.Restart();
        var (intake, processed) = await Watch((_, processed) => processed.Count == 1,
            () => File.WriteAllTextAsync(Path.Combine(_inbox, "letter-1.txt"), TestFiles.Variants.Text(1)));

        Assert.Equal(["letter-1"], intake.Select(i => i.LetterId));
        Assert.Equal(["letter-1"], processed.Select(p => p.LetterId));
    }
}
