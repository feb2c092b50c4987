using Extraction.Archive.Catalog;
using Extraction.Archive.Storage;
using Extraction.Pipeline;

namespace Extraction.Archive.Intake;

/// <summary>
/// Takes one file in: keeps its bytes in the store (complete or not at all), then records the arrival in
/// the catalog in one transaction. Killed between the two, the next run finds the file not yet recorded
/// and takes it in again: the store sees the same hash and keeps one copy. The source is only read.
/// </summary>
internal sealed class LetterIntake(ArchiveLayout layout, OriginalStore store, LetterCatalog catalog, long minimumFreeBytes)
{
    public IntakeResult TakeIn(string path, CancellationToken cancellation)
    {
        var name = Path.GetFileName(path);
        if (layout.Contains(path))
            return new IntakeResult(path, name, IntakeKind.Refused, Failure: new LetterFailure(ArchiveFaults.InsideArchive,
                "The file is inside the archive folder itself: it is part of the archive, not a letter to take in."));
        var file = SourceFile.Stat(path);
        if (file is null)
            return new IntakeResult(path, name, IntakeKind.Refused, Failure: new LetterFailure(ArchiveFaults.Vanished,
                $"The file {name} was not there when its turn came (moved or deleted); nothing of it was stored. Drop it in again."));
        try
        {
            if (catalog.IsTakenIn(file)) return new IntakeResult(file.Path, name, IntakeKind.AlreadyTakenIn);
            if (NoRoomFor(file) is { } full) return Refuse(file, full);
            var stored = store.Put(file.Path, file.Size, file.ModifiedTicks, cancellation);
            if (stored is null)
                return Refuse(file, new LetterFailure(ArchiveFaults.ChangedWhileCopying,
                    $"The file {name} changed while it was being copied (still being written?); nothing of it was kept. Take it in again once it is complete."));
            var arrival = catalog.RecordArrival(file, stored);
            var kind = arrival.Kind switch { ArrivalKind.Original => IntakeKind.New, ArrivalKind.Duplicate => IntakeKind.Duplicate, _ => IntakeKind.AlreadyTakenIn };
            return new IntakeResult(file.Path, name, kind, arrival.LetterId);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            return Refuse(file, ArchiveFaults.Describe(e, $"taking {name} into the archive"));
        }
    }

    /// <summary>Refuses before copying when the file would leave less free space than the catalog needs to
    /// go on recording: a full disk stops the intake cleanly instead of in the middle of a write.</summary>
    private LetterFailure? NoRoomFor(SourceFile file)
    {
        var free = new DriveInfo(layout.Root).AvailableFreeSpace;
        if (free - file.Size >= minimumFreeBytes) return null;
        return new LetterFailure(ArchiveFaults.DiskFull,
            $"The archive's disk has {Megabytes(free)} free; keeping {file.Name} ({Megabytes(file.Size)}) would leave less than the {Megabytes(minimumFreeBytes)} kept free for the catalog. " +
            "Free some space (or point --archive at a larger disk) and run the command again; the file was left where it was.");
    }

    private IntakeResult Refuse(SourceFile file, LetterFailure failure)
    {
        try
        {
            catalog.RecordRefusal(file, failure);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            // The catalog cannot be written either (the same full or read-only disk): the caller still reports it.
        }
        return new IntakeResult(file.Path, file.Name, IntakeKind.Refused, Failure: failure);
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}
