using Extraction.Records;
using Extraction.Search.Analysis;
using Extraction.Search.Indexing;
using Extraction.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace Extraction.Search;

/// <summary>
/// The writable index: letters go in with <see cref="Add"/> and are searchable through
/// <see cref="Searcher"/> within <see cref="RefreshInterval"/>, committed or not: the searcher is
/// reopened on a timer whenever letters changed. A rebuild (<see cref="Recreate"/>) has no timer:
/// nobody searches it until it is committed, and each reopen flushes a small segment, which slowed
/// bulk indexing (3,000 generated letters: 20.9 s CPU with the timer, 8.1 s with a bare writer). Commits are rare
/// (explicit, and on dispose), as Lucene's near-real-time design intends.
/// </summary>
public sealed class LetterIndex : IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(250);

    private readonly Directory directory;
    private readonly FileStream? processLock;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly Timer? refresher;
    private int changedSinceRefresh;
    // Serialises refreshes with Dispose: a timer tick may still be running when Dispose is called.
    private readonly System.Threading.Lock gate = new();
    private bool disposed;

    private LetterIndex(Directory directory, OpenMode mode, bool nearRealTime, FileStream? processLock = null)
    {
        this.directory = directory;
        this.processLock = processLock;
        var found = IndexSchema.Of(directory);
        if (found == IndexSchema.Unreadable) DiscardCommits(directory);
        if (mode != OpenMode.CREATE && found is not null && found != IndexSchema.Current)
        {
            mode = OpenMode.CREATE;
            StartedEmpty = true;
        }
        writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, VietnameseAnalyzer.Instance)
        {
            OpenMode = mode,
            RAMBufferSizeMB = 64,
        });
        writer.SetCommitData(IndexSchema.CommitData);
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        Searcher = new LetterSearcher(searchers);
        if (nearRealTime) refresher = new Timer(_ => RefreshIfChanged(), null, RefreshInterval, RefreshInterval);
    }

    public LetterSearcher Searcher { get; }

    /// <summary>Removes the commit files of an index whose last commit cannot be read: Lucene's writer reads
    /// every commit it finds, even to replace them, and would fail on the cut-off one. The segment files
    /// they named are deleted by the writer as unreferenced.</summary>
    private static void DiscardCommits(Directory directory)
    {
        foreach (var file in directory.ListAll().Where(f => f.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal)))
            directory.DeleteFile(file);
    }

    /// <summary>The folder held an index of an older <see cref="IndexSchema"/>, or one whose last commit cannot
    /// be read: this one starts empty (the old one is replaced at the first commit) and must be filled again
    /// from the records.</summary>
    public bool StartedEmpty { get; }

    /// <summary>Opens the index in a folder, creating it when absent, keeping what it holds (unless it was
    /// built by an older schema: see <see cref="StartedEmpty"/>).</summary>
    /// <exception cref="IndexInUseException">Another writer has the folder open.</exception>
    public static LetterIndex Open(string path) => OnDisk(path, OpenMode.CREATE_OR_APPEND, nearRealTime: true);

    /// <summary>Starts an empty index in a folder, replacing what it held at the first commit. For
    /// bulk rebuilds: its searcher shows only what <see cref="Refresh"/> was last called for.</summary>
    /// <exception cref="IndexInUseException">Another writer has the folder open.</exception>
    public static LetterIndex Recreate(string path) => OnDisk(path, OpenMode.CREATE, nearRealTime: false);

    private static LetterIndex OnDisk(string path, OpenMode mode, bool nearRealTime)
    {
        var processLock = IndexInUseException.Lock(path);
        try
        {
            return new LetterIndex(IndexFolder.Open(path), mode, nearRealTime, processLock);
        }
        catch
        {
            processLock.Dispose();
            throw;
        }
    }

    /// <summary>An index in memory, for tests and one-off use.</summary>
    public static LetterIndex InMemory() => new(new RAMDirectory(), OpenMode.CREATE, nearRealTime: true);

    /// <summary>Adds the letter, or replaces the one indexed under the same id.</summary>
    public void Add(LetterRecord record, string? text)
    {
        writer.UpdateDocument(new Term(LetterFields.Id, record.Id), LetterDocumentBuilder.Build(record, text));
        Volatile.Write(ref changedSinceRefresh, 1);
    }

    public void Delete(string id)
    {
        writer.DeleteDocuments(new Term(LetterFields.Id, id));
        Volatile.Write(ref changedSinceRefresh, 1);
    }

    /// <summary>Removes every letter; like any change, durable only at the next <see cref="Commit"/>.</summary>
    public void DeleteAll()
    {
        writer.DeleteAll();
        Volatile.Write(ref changedSinceRefresh, 1);
    }

    public void Commit() => writer.Commit();

    /// <summary>Makes everything added so far visible to searches now rather than at the next tick.</summary>
    public void Refresh()
    {
        lock (gate)
        {
            if (disposed) return;
            Volatile.Write(ref changedSinceRefresh, 0);
            searchers.MaybeRefreshBlocking();
        }
    }

    private void RefreshIfChanged()
    {
        if (Volatile.Read(ref changedSinceRefresh) == 1) Refresh();
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed) return;
            disposed = true;
        }
        refresher?.Dispose();
        try
        {
            searchers.Dispose();
            // Commit before dispose, not inside it: a commit failing inside Dispose leaves write.lock behind.
            writer.Commit();
        }
        finally
        {
            writer.Dispose();
            directory.Dispose();
            processLock?.Dispose();
        }
    }
}
