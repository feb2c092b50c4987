using Extraction.Pipeline;
using Microsoft.Data.Sqlite;

namespace Extraction.Archive;

/// <summary>
/// The archive's own failure codes (beside the pipeline's: empty, corrupt, needs-ocr, ...), and the
/// translation of an exception met while storing or recording a file into one of them with a reason a
/// person can act on.
/// </summary>
public static class ArchiveFaults
{
    public const string DiskFull = "disk-full";
    public const string ReadOnly = "read-only";
    public const string Vanished = "vanished";
    public const string ChangedWhileCopying = "changed-while-copying";
    public const string IoError = "io-error";
    public const string Timeout = "timeout";
    public const string MemoryLimit = "memory-limit";
    public const string Crashed = "crashed";
    public const string WorkerUnavailable = "worker-unavailable";
    public const string OriginalMissing = "original-missing";
    public const string InsideArchive = "inside-archive";

    // errno values .NET puts in IOException.HResult on Linux.
    private const int NoSpace = 28, ReadOnlyFileSystem = 30, QuotaExceeded = 122, Permission = 13;
    // SQLite primary result codes.
    private const int SqliteReadOnly = 8, SqliteFull = 13, SqliteCantOpen = 14;

    /// <summary>True for a fault of the archive's disk or folder rather than of one file: the batch stops
    /// taking files in, since every next file would meet it too.</summary>
    public static bool IsArchiveWide(string code) => code is DiskFull or ReadOnly;

    public static LetterFailure Describe(Exception error, string doing) => error switch
    {
        IOException { HResult: NoSpace or QuotaExceeded } => DiskFullWhile(doing),
        SqliteException { SqliteErrorCode: SqliteFull } => DiskFullWhile(doing),
        IOException { HResult: ReadOnlyFileSystem or Permission } or UnauthorizedAccessException => ReadOnlyWhile(doing, error),
        SqliteException { SqliteErrorCode: SqliteReadOnly or SqliteCantOpen } => ReadOnlyWhile(doing, error),
        FileNotFoundException or DirectoryNotFoundException => new LetterFailure(Vanished,
            $"The file disappeared while {doing} (moved or deleted); nothing of it was stored. Drop it in again."),
        _ => new LetterFailure(IoError, $"The disk reported an error while {doing}: {error.Message}"),
    };

    private static LetterFailure DiskFullWhile(string doing) => new(DiskFull,
        $"The archive's disk is full: no space left while {doing}. Free some space (or point --archive at a larger disk) and run the command again; the file was left where it was.");

    private static LetterFailure ReadOnlyWhile(string doing, Exception error) => new(ReadOnly,
        $"The archive folder cannot be written ({error.Message}) while {doing}. Make it writable for this user (or mount it read-write) and run the command again; the file was left where it was.");
}
