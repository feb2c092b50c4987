namespace Extraction.Search;

/// <summary>
/// Another writer (a running <c>serve</c>, an <c>index</c> rebuild) has the index folder open.
/// Lucene.Net's own write.lock did not keep a second process out on this machine (two processes
/// both opened a writer on one folder), so the index also takes an exclusive lock of its own: a
/// file opened with <see cref="FileShare.None"/>, which .NET enforces between processes on Linux.
/// </summary>
public sealed class IndexInUseException(string path, Exception inner)
    : IOException($"The index {path} is open in another writer (a running `extraction serve` or `index`).", inner)
{
    private const string LockFile = "extraction-writer.lock";

    internal static FileStream Lock(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        try
        {
            return new FileStream(Path.Combine(path, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException error)
        {
            throw new IndexInUseException(path, error);
        }
    }
}
