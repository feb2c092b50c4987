using System.Diagnostics;
using System.Text;
using Extraction.Pipeline;

namespace Extraction.Archive.Processing;

/// <summary>How to start a worker process that runs <see cref="WorkerHost.Serve"/>.</summary>
public sealed record WorkerCommand(string FileName, IReadOnlyList<string> Arguments);

/// <summary>
/// Runs each file in a long-lived worker process and watches it: past the time limit, over the memory
/// limit, or dead (a stack overflow or native crash in a reader cannot be caught in-process), the worker
/// is killed, the file gets a failure with the reason, and the next file starts a fresh worker. A stuck
/// managed or native loop cannot be stopped from inside a process; killing the process always works.
/// </summary>
public sealed class ChildProcessLetterProcessor(WorkerCommand command, ProcessingLimits limits) : ILetterProcessor, IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    // The worker also gets the limit and usually stops cooperatively with the reader's own reason first.
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(2);

    private readonly Queue<string> _errorTail = new();
    private Process? _worker;
    private Task<string?>? _pendingLine;

    /// <summary>The most memory a worker of this processor was seen to use.</summary>
    public long PeakMemoryBytes { get; private set; }

    /// <summary>How many workers were started (1 unless some were killed or died).</summary>
    public int WorkersStarted { get; private set; }

    /// <summary>Never throws for a bad file: a hang, a runaway allocation or a crash is an outcome. Throws
    /// <see cref="OperationCanceledException"/> when the run is cancelled (the worker is killed at once).</summary>
    public LetterOutcome Process(string path, CancellationToken cancellation = default)
    {
        var watch = Stopwatch.StartNew();
        var worker = _worker ??= Start();
        try
        {
            worker.StandardInput.WriteLine(WorkerProtocol.Write(new WorkerProtocol.Request(path, (long)limits.Timeout.TotalMilliseconds)));
            worker.StandardInput.Flush();
        }
        catch (IOException)
        {
            return Crashed(path, watch.Elapsed);
        }
        while (true)
        {
            var line = _pendingLine ??= worker.StandardOutput.ReadLineAsync();
            if (line.Wait(Poll))
            {
                _pendingLine = null;
                if (line.Result is not { } text) return Crashed(path, watch.Elapsed);
                if (!WorkerProtocol.IsReply(text))
                {
                    Remember(text);
                    continue;
                }
                if (WorkerProtocol.ReadReply(text) is { } reply) return WorkerProtocol.ToOutcome(path, reply);
                StopWorker();
                return Outcomes.Failed(path, ArchiveFaults.Crashed,
                    "The worker's answer for this file came back garbled (a library wrote into it); the worker was restarted. Run `extraction retry` to try the file again.",
                    watch.Elapsed);
            }
            if (cancellation.IsCancellationRequested)
            {
                StopWorker();
                cancellation.ThrowIfCancellationRequested();
            }
            if (watch.Elapsed > limits.Timeout + KillGrace)
            {
                StopWorker();
                return Outcomes.Failed(path, ArchiveFaults.Timeout,
                    $"Reading the file took longer than the {limits.Timeout.TotalSeconds:0} s limit per file and was stopped; the file may be damaged or very large. Raise --timeout to give such files more time.",
                    watch.Elapsed);
            }
            if (SampleMemory(worker) > limits.MemoryLimitBytes)
            {
                StopWorker();
                return Outcomes.Failed(path, ArchiveFaults.MemoryLimit,
                    $"Reading the file needed more than the {limits.MemoryLimitBytes / (1024 * 1024)} MB memory limit per file and was stopped; the file may be damaged or very large. Raise --max-memory to give such files more.",
                    watch.Elapsed);
            }
        }
    }

    public void Dispose()
    {
        if (_worker is not { } worker) return;
        try
        {
            SampleMemory(worker); // for PeakMemoryBytes, while it is still there to be read
            worker.StandardInput.Close();
            if (!worker.WaitForExit(TimeSpan.FromSeconds(5))) worker.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            // Already gone.
        }
        worker.Dispose();
        _worker = null;
    }

    private Process Start()
    {
        var info = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in command.Arguments) info.ArgumentList.Add(argument);
        info.Environment[WorkerProtocol.ParentVariable] = Environment.ProcessId.ToString();
        Process worker;
        try
        {
            worker = System.Diagnostics.Process.Start(info) ?? throw new System.ComponentModel.Win32Exception("no process");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ArchiveUnavailableException($"The worker process ({command.FileName}) could not be started: {e.Message}. Check the installation of extraction.", e);
        }
        worker.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line) Remember(line);
        };
        worker.BeginErrorReadLine();
        WorkersStarted++;
        return worker;
    }

    /// <summary>The worker's resident memory now; keeps the highest seen (Linux reports the peak itself too).</summary>
    private long SampleMemory(Process worker)
    {
        try
        {
            worker.Refresh();
            PeakMemoryBytes = Math.Max(PeakMemoryBytes, Math.Max(worker.WorkingSet64, worker.PeakWorkingSet64));
            return worker.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0; // exited: the next read sees the end of its output
        }
    }

    private LetterOutcome Crashed(string path, TimeSpan elapsed)
    {
        var worker = _worker!;
        // The timed wait does not wait for the error stream; once exited, the untimed one drains it quickly.
        if (worker.WaitForExit(TimeSpan.FromSeconds(2))) worker.WaitForExit();
        var exit = worker.HasExited ? $"exit code {worker.ExitCode}" : "no reply";
        string detail;
        lock (_errorTail) detail = _errorTail.LastOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("at ", StringComparison.Ordinal)) ?? "no message";
        StopWorker();
        return Outcomes.Failed(path, ArchiveFaults.Crashed,
            $"The reader crashed on this file ({exit}: {detail.Trim()}); the file may be damaged. Other files are not affected.", elapsed);
    }

    private void Remember(string line)
    {
        lock (_errorTail)
        {
            _errorTail.Enqueue(line);
            while (_errorTail.Count > 40) _errorTail.Dequeue();
        }
    }

    private void StopWorker()
    {
        if (_worker is not { } worker) return;
        try
        {
            worker.Kill(entireProcessTree: true);
            worker.WaitForExit(TimeSpan.FromSeconds(5));
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        worker.Dispose();
        _worker = null;
        _pendingLine = null;
        lock (_errorTail) _errorTail.Clear();
    }
}
