using Extraction.Archive.Catalog;
using Extraction.Archive.Indexing;
using Extraction.Archive.Intake;
using Extraction.Archive.Processing;
using Extraction.Archive.Storage;
using Extraction.Pipeline;
using Microsoft.Data.Sqlite;

namespace Extraction.Archive;

public sealed class ArchiveOptions
{
    /// <summary>The one folder everything is kept in.</summary>
    public string Root { get; init; } = "archive";

    /// <summary>Free space the intake leaves on the archive's disk, so the catalog can always record what happened.</summary>
    public long MinimumFreeBytes { get; init; } = 64L * 1024 * 1024;
}

/// <summary>What opening the archive found and repaired after an earlier run was killed.</summary>
public sealed record Recovery(int Interrupted, int Waiting);

/// <summary>
/// An archive opened for writing: takes files in, runs their processing, feeds the index. Opening takes
/// the archive's lock and repairs whatever a killed run left (letters caught in processing go back to
/// received, half-written files are removed, the quarantine is made to match the catalog).
/// </summary>
public sealed class LetterArchive : IDisposable
{
    private readonly ArchiveLock _lock;
    private readonly CatalogDatabase _database;
    private readonly ArchiveParts _parts;
    private readonly LetterIntake _intake;
    private ProcessingRun? _run;

    private LetterArchive(ArchiveLock archiveLock, CatalogDatabase database, ArchiveParts parts, long minimumFreeBytes)
    {
        _lock = archiveLock;
        _database = database;
        _parts = parts;
        _intake = new LetterIntake(parts.Layout, parts.Store, parts.Catalog, minimumFreeBytes);
    }

    public ArchiveLayout Layout => _parts.Layout;

    public Recovery Recovered { get; private set; } = new(0, 0);

    /// <exception cref="ArchiveUnavailableException">The archive cannot be written or is in use; the message says what to do.</exception>
    public static LetterArchive Open(ArchiveOptions options, IArchiveIndex? index = null)
    {
        var layout = new ArchiveLayout(options.Root);
        ArchiveLock? archiveLock = null;
        CatalogDatabase? database = null;
        try
        {
            Directory.CreateDirectory(layout.Root);
            archiveLock = ArchiveLock.Acquire(layout);
            database = CatalogDatabase.Open(layout, readOnly: false);
            var store = new OriginalStore(layout);
            var parts = new ArchiveParts(layout, store, new LetterCatalog(database), new Quarantine(layout, store),
                index is null ? null : new IndexFeed(database, index));
            var archive = new LetterArchive(archiveLock, database, parts, options.MinimumFreeBytes);
            archive.Recover();
            if (index is { NeedsRebuild: true }) archive.RebuildIndex();
            return archive;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            database?.Dispose();
            archiveLock?.Dispose();
            throw new ArchiveUnavailableException(ArchiveFaults.Describe(e, $"opening the archive {layout.Root}").Reason, e);
        }
    }

    /// <summary>How many files a batch takes in at once. Flushing each original to disk is most of the cost of
    /// taking it in (5 ms a file here); flushes made together are committed together by the file system
    /// (0.8 ms a file with eight at a time, measured on this kind of machine).</summary>
    public const int IntakeParallelism = 8;

    /// <summary>Takes files in, several at a time, telling <paramref name="taken"/> about each (from any thread).
    /// A path named twice is taken once.</summary>
    public void TakeIn(IEnumerable<string> paths, Action<IntakeResult> taken, CancellationToken cancellation = default)
    {
        var distinct = paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal);
        Parallel.ForEach(distinct, new ParallelOptions { MaxDegreeOfParallelism = IntakeParallelism }, (path, loop) =>
        {
            try
            {
                taken(TakeIn(path, cancellation));
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                loop.Stop(); // stopped on request: what was taken in stays, the rest is left where it was
            }
        });
    }

    /// <summary>Takes one file in (see <see cref="IntakeResult"/>) and wakes the processing run, if one is going.</summary>
    public IntakeResult TakeIn(string path, CancellationToken cancellation = default)
    {
        var result = _intake.TakeIn(path, cancellation);
        if (result.Kind == IntakeKind.New) _run?.Notify();
        return result;
    }

    /// <summary>Starts workers on the received originals; see <see cref="ProcessingRun"/>.</summary>
    public ProcessingRun StartProcessing(int workers, Func<ILetterProcessor> createProcessor, ProcessingEvents events, CancellationToken cancellation)
    {
        if (_run is { Completion.IsCompleted: false }) throw new InvalidOperationException("A processing run is already going.");
        return _run = new ProcessingRun(_parts, workers, createProcessor, events, cancellation);
    }

    /// <summary>How many originals wait to be processed.</summary>
    public int Waiting() => _parts.Catalog.Waiting();

    /// <summary>Puts failed letters (with this failure code, or all) back to be processed. Returns how many.</summary>
    public int Requeue(string? failureCode) => _parts.Catalog.Requeue(failureCode);

    /// <summary>Brings the index up to date with the catalog; false (after warning) when it could not be.</summary>
    public bool SyncIndex(Action<string> warn) => _parts.Index?.TrySync(warn) ?? true;

    /// <summary>How many letters the index does not agree with yet (0 without an index).</summary>
    public int IndexPending() => _parts.Index?.PendingCount() ?? 0;

    /// <summary>Replaces the index with the current version of every done letter, from the catalog. Returns how many.</summary>
    public int RebuildIndex()
    {
        if (_parts.Index is not { } feed) throw new InvalidOperationException("This archive was opened without a search index.");
        using var reader = CatalogReader.Open(Layout);
        return feed.Rebuild(reader.CurrentLetters());
    }

    public void Dispose()
    {
        _database.Dispose();
        _lock.Dispose();
    }

    private void Recover()
    {
        var interrupted = _parts.Catalog.ResetInterrupted();
        _parts.Store.ClearTemporary();
        _parts.Quarantine.Reconcile(_parts.Catalog.Failed());
        Recovered = new Recovery(interrupted, _parts.Catalog.Waiting());
    }
}
