using System.Security.Cryptography;

namespace Extraction.Archive.Storage;

/// <summary>An original as kept: its SHA-256, its size, and whether the same bytes were already kept.</summary>
public sealed record StoredOriginal(string Sha256, long Size, bool AlreadyKept);

/// <summary>
/// Content-addressed store of originals: <c>originals/ab/abcdef…</c>, byte for byte as received, read-only.
/// A file is copied to a temporary name while it is hashed, flushed to disk, then renamed into place,
/// so an original is either absent or complete, whatever moment the process dies at.
/// </summary>
public sealed class OriginalStore(ArchiveLayout layout)
{
    private const int BufferSize = 1 << 16;
    private const UnixFileMode ReadOnlyMode = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    public string PathOf(string sha256) => layout.OriginalPath(sha256);

    /// <summary>Copies the file in, or returns null when it is not the size and last write time it was seen with,
    /// or changed while being copied (still being written): then nothing is kept. The check is made on the open
    /// file, so a file deleted or moved away during the copy is still kept whole. IO errors are left to the caller,
    /// which knows what it was doing.</summary>
    public StoredOriginal? Put(string sourcePath, long expectedSize, long expectedModifiedTicks, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(layout.Temporary);
        var temporary = Path.Combine(layout.Temporary, Guid.NewGuid().ToString("N") + ".part");
        try
        {
            if (CopyHashing(sourcePath, temporary, expectedSize, expectedModifiedTicks, cancellation) is not { } copy) return null;
            var (sha256, size) = copy;
            var final = PathOf(sha256);
            if (File.Exists(final)) return new StoredOriginal(sha256, size, AlreadyKept: true);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, ReadOnlyMode);
            try
            {
                File.Move(temporary, final);
            }
            catch (IOException) when (File.Exists(final))
            {
                return new StoredOriginal(sha256, size, AlreadyKept: true); // the same bytes, kept a moment ago by a parallel intake
            }
            return new StoredOriginal(sha256, size, AlreadyKept: false);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>True when the kept bytes still hash to their name.</summary>
    public bool IsIntact(string sha256)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path)) return false;
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream)) == sha256;
    }

    /// <summary>Removes what a crashed run left half-written. Only safe while holding the archive lock.</summary>
    public void ClearTemporary()
    {
        if (Directory.Exists(layout.Temporary)) Directory.Delete(layout.Temporary, recursive: true);
        Directory.CreateDirectory(layout.Temporary);
    }

    private static (string Sha256, long Size)? CopyHashing(string sourcePath, string temporary, long expectedSize, long expectedModifiedTicks, CancellationToken cancellation)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var source = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, BufferSize, FileOptions.SequentialScan);
        using var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);
        var buffer = new byte[BufferSize];
        long size = 0;
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            hash.AppendData(buffer, 0, read);
            target.Write(buffer, 0, read);
            size += read;
        }
        if (size != expectedSize || source.Length != expectedSize || File.GetLastWriteTimeUtc(source.SafeFileHandle).Ticks != expectedModifiedTicks) return null;
        // Durable before it is renamed into place: after a power cut the name never points at missing data.
        target.Flush(flushToDisk: true);
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }
}
