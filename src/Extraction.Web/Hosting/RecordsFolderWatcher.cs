using System.Threading.Channels;
using Extraction.Search;
using Extraction.Search.Letters;
using Microsoft.Extensions.Options;

namespace Extraction.Web.Hosting;

/// <summary>
/// Keeps the index in step with the records folder while the site runs: a record (or its text)
/// written by a batch extraction is indexed, and searchable within a second; a deleted one is
/// removed. A record that cannot be read is logged and left out, never stopping the others.
/// </summary>
public sealed class RecordsFolderWatcher(IOptions<StaffSearchOptions> options, IServiceProvider services, ILogger<RecordsFolderWatcher> logger)
    : BackgroundService
{
    // A batch writes a file in several steps; wait for it to settle before reading.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(150);

    private readonly Channel<string> changed = Channel.CreateUnbounded<string>();

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var settings = options.Value;
        if (!settings.Watch || settings.Records is null || !Directory.Exists(settings.Records)) return;
        // Watch first, then open the index (which may build it from the folder): a record written
        // while the index is being built is queued rather than lost.
        using var watcher = new FileSystemWatcher(settings.Records) { IncludeSubdirectories = false };
        watcher.Created += (_, e) => Enqueue(e.FullPath);
        watcher.Changed += (_, e) => Enqueue(e.FullPath);
        watcher.Deleted += (_, e) => Enqueue(e.FullPath);
        watcher.Renamed += (_, e) => Enqueue(e.FullPath);
        watcher.EnableRaisingEvents = true;
        var index = services.GetRequiredService<LetterIndex>();
        var source = services.GetRequiredService<ILetterSource>();

        try
        {
            await foreach (var id in changed.Reader.ReadAllAsync(stopping))
            {
                await Task.Delay(Settle, stopping);
                Update(index, source, id);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The host is stopping: the records folder stays as it is and is read again at the next start.
        }
    }

    private void Enqueue(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension is ".json" or ".txt") changed.Writer.TryWrite(Path.GetFileNameWithoutExtension(path));
    }

    private void Update(LetterIndex index, ILetterSource source, string id)
    {
        try
        {
            var letter = source.Find(id);
            if (letter is null) index.Delete(id);
            else index.Add(letter.Record, letter.Text);
        }
        catch (LetterSourceException problem)
        {
            logger.LogWarning("Not indexed: {Problem}", problem.Message);
        }
        catch (IOException problem)
        {
            logger.LogWarning("Not indexed yet, {Id} is still being written: {Problem}", id, problem.Message);
        }
    }
}
