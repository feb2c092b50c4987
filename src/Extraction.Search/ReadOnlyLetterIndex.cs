using Extraction.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Extraction.Search;

/// <summary>The committed state of an index on disk, for a one-off search beside a running writer
/// (it takes no write lock).</summary>
public sealed class ReadOnlyLetterIndex : IDisposable
{
    private readonly FSDirectory directory;
    private readonly SearcherManager searchers;

    private ReadOnlyLetterIndex(FSDirectory directory)
    {
        this.directory = directory;
        searchers = new SearcherManager(directory, null);
        Searcher = new LetterSearcher(searchers);
    }

    public LetterSearcher Searcher { get; }

    /// <summary>Null when the folder holds no committed index.</summary>
    /// <exception cref="IndexNeedsRebuildException">The index was built by an older schema, or its last commit cannot be read.</exception>
    public static ReadOnlyLetterIndex? TryOpen(string path)
    {
        if (!System.IO.Directory.Exists(path)) return null;
        var directory = IndexFolder.Open(path);
        var schema = IndexSchema.Of(directory);
        if (schema == IndexSchema.Current) return new ReadOnlyLetterIndex(directory);
        directory.Dispose();
        return schema is null ? null : throw new IndexNeedsRebuildException(path, schema);
    }

    public void Dispose()
    {
        searchers.Dispose();
        directory.Dispose();
    }
}
