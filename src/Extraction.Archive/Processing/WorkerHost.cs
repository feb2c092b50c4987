using System.Diagnostics;
using Extraction.Pipeline;

namespace Extraction.Archive.Processing;

/// <summary>
/// The loop inside a worker process (the CLI's hidden <c>archive-worker</c> command): reads a request,
/// processes the file, writes the reply, until its input ends. It also exits when its parent dies, so a
/// killed ingest leaves no worker behind, even one stuck inside a reader.
/// </summary>
public static class WorkerHost
{
    public static int Serve(ILetterProcessor processor, TextReader input, TextWriter output)
    {
        WatchParent();
        for (var line = input.ReadLine(); line is not null; line = input.ReadLine())
        {
            var request = WorkerProtocol.ReadRequest(line);
            var watch = Stopwatch.StartNew();
            LetterOutcome outcome;
            using (var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(request.TimeoutMs)))
            {
                try
                {
                    outcome = processor.Process(request.Path, deadline.Token);
                }
                catch (Exception e)
                {
                    outcome = Outcomes.Failed(request.Path, ArchiveFaults.Crashed,
                        $"The reader failed unexpectedly on this file ({e.GetType().Name}: {e.Message}); the file may be damaged. Other files are not affected.", watch.Elapsed);
                }
            }
            try
            {
                output.WriteLine(WorkerProtocol.Write(WorkerProtocol.ToReply(outcome)));
                output.Flush();
            }
            catch (IOException)
            {
                return 0; // the parent is gone: nobody is waiting for the reply
            }
        }
        return 0;
    }

    private static void WatchParent()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable(WorkerProtocol.ParentVariable), out var parent) || !File.Exists("/proc/self/stat")) return;
        var thread = new Thread(() =>
        {
            while (ParentId() == parent) Thread.Sleep(500);
            Environment.Exit(3);
        }) { IsBackground = true, Name = "parent watch" };
        thread.Start();
    }

    // Field 4 of /proc/self/stat, after the command name in parentheses (which may itself hold spaces).
    private static int ParentId()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
    }
}
