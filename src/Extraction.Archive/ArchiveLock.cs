namespace Extraction.Archive;

/// <summary>
/// One writing process per archive. The lock is an exclusive advisory file lock (flock on Linux), so
/// the kernel releases it when the holder dies, even by SIGKILL: a crashed ingest never blocks the next.
/// </summary>
public sealed class ArchiveLock : IDisposable
{
    private const int WouldBlock = 11;
    private readonly FileStream _stream;

    private ArchiveLock(FileStream stream) => _stream = stream;

    public static ArchiveLock Acquire(ArchiveLayout layout)
    {
        try
        {
            return new ArchiveLock(new FileStream(layout.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (e.HResult == WouldBlock || e.HResult == unchecked((int)0x80070020))
        {
            throw new ArchiveUnavailableException(
                $"The archive {layout.Root} is in use by another extraction process (an ingest, watch or retry). " +
                "Wait for it to finish, or drop the files into the folder it watches.", e);
        }
    }

    public void Dispose() => _stream.Dispose();
}
