using System.Diagnostics;
using Extraction.Archive.Processing;
using Extraction.Archive.Tests.Fixtures;

namespace Extraction.Archive.Tests;

/// <summary>
/// A file that makes a reader hang, eat memory or crash costs only its worker process: the supervisor
/// kills it, the file fails with the reason, and the next file gets a fresh worker. The misbehaving
/// workers are small shell scripts that read a request and then do the bad thing for real.
/// </summary>
public sealed class WorkerProcessTests : IDisposable
{
    private static readonly ProcessingLimits Limits = new(TimeSpan.FromSeconds(1), 512L * 1024 * 1024);
    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private static ChildProcessLetterProcessor Shell(string script, ProcessingLimits? limits = null) =>
        new(new WorkerCommand("/bin/sh", ["-c", script]), limits ?? Limits);

    [Fact]
    public void A_worker_that_hangs_is_killed_at_the_time_limit()
    {
        using var processor = Shell("while read line; do sleep 600; done");
        var watch = Stopwatch.StartNew();
        var outcome = processor.Process("/letters/stuck.pdf", CancellationToken.None);

        Assert.Equal(ArchiveFaults.Timeout, outcome.Failure!.Code);
        Assert.Contains("1 s limit", outcome.Failure.Reason);
        Assert.InRange(watch.Elapsed.TotalSeconds, 1, 10);
        processor.Process("/letters/next.pdf", CancellationToken.None);
        Assert.Equal(2, processor.WorkersStarted);
    }

    [Fact]
    public void A_worker_that_eats_memory_is_killed_at_the_memory_limit()
    {
        var limits = new ProcessingLimits(TimeSpan.FromSeconds(60), 64L * 1024 * 1024);
        using var processor = Shell("read line; x=a; while :; do x=$x$x; done", limits);
        var outcome = processor.Process("/letters/bomb.pdf", CancellationToken.None);

        Assert.Equal(ArchiveFaults.MemoryLimit, outcome.Failure!.Code);
        Assert.Contains("64 MB", outcome.Failure.Reason);
        Assert.InRange(processor.PeakMemoryBytes, limits.MemoryLimitBytes, 4 * limits.MemoryLimitBytes);
    }

    [Fact]
    public void A_worker_that_crashes_fails_the_file_with_its_last_words()
    {
        using var processor = Shell("read line; echo 'Stack overflow.' >&2; echo '   at UglyToad.PdfPig.Parse()' >&2; exit 134");
        var outcome = processor.Process("/letters/deep.pdf", CancellationToken.None);

        Assert.Equal(ArchiveFaults.Crashed, outcome.Failure!.Code);
        Assert.Contains("exit code 134: Stack overflow.", outcome.Failure.Reason);
    }

    [Fact]
    public void Stray_output_of_a_library_is_not_taken_for_a_reply()
    {
        var reply = """@extraction-worker-reply {"record":null,"text":null,"failure":{"code":"corrupt","reason":"The PDF is damaged."},"elapsedMs":7}""";
        using var processor = Shell($"read line; echo 'Warning: font not found'; echo '{reply}'; sleep 600");
        var outcome = processor.Process("/letters/x.pdf", CancellationToken.None);

        Assert.Equal(("corrupt", "The PDF is damaged."), (outcome.Failure!.Code, outcome.Failure.Reason));
    }

    [Fact]
    public void A_garbled_reply_fails_the_file_and_restarts_the_worker()
    {
        using var processor = Shell("read line; echo '@extraction-worker-reply {\"record\":{\"id\":'; sleep 600");
        var outcome = processor.Process("/letters/x.pdf", CancellationToken.None);

        Assert.Equal(ArchiveFaults.Crashed, outcome.Failure!.Code);
        Assert.Contains("garbled", outcome.Failure.Reason);
    }

    [Fact]
    public void Cancelling_the_run_stops_the_worker_at_once()
    {
        using var processor = Shell("while read line; do sleep 600; done", new ProcessingLimits(TimeSpan.FromMinutes(5), Limits.MemoryLimitBytes));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        Assert.ThrowsAny<OperationCanceledException>(() => processor.Process("/letters/slow.pdf", cancel.Token));
        Assert.InRange(watch.Elapsed.TotalSeconds, 0.2, 5);
    }

    [Fact]
    public void The_command_line_worker_processes_letters_one_after_another()
    {
        using var processor = new ChildProcessLetterProcessor(new WorkerCommand("dotnet", [TestFiles.Cli, "archive-worker"]), ProcessingLimits.Default);
        var first = processor.Process(TestFiles.Letter("seed-000.txt"), CancellationToken.None);
        var second = processor.Process(_scratch.Write("empty.txt", []), CancellationToken.None);

        Assert.Equal("62", first.Record!.Number);
        Assert.Contains("Cần Thơ", first.Text);
        Assert.Equal("empty", second.Failure!.Code);
        Assert.Equal(1, processor.WorkersStarted);
    }
}
