using Extraction.Archive.Intake;
using Extraction.Archive.Storage;
using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Archive.Catalog;

/// <summary>What recording an arrival did: a new original or a duplicate of one (with its letter id), or
/// nothing, because this very arrival was recorded already (by a parallel intake of the same path).</summary>
public sealed record RecordedArrival(ArrivalKind? Kind, string? LetterId);

/// <summary>
/// The catalog's write side: arrivals, the life of each original (received → processing → done or
/// failed), versions. Every method is one transaction, so a crash leaves each original in exactly one
/// state. Only the process holding the archive lock writes.
/// </summary>
internal sealed class LetterCatalog(CatalogDatabase database)
{
    /// <summary>True when this path, size and time was already taken in (a rerun after a crash, or the same
    /// folder ingested twice): it is skipped without being hashed again.</summary>
    public bool IsTakenIn(SourceFile file) => database.Read(sql => IsTakenIn(sql, file));

    /// <summary>Records the arrival of kept bytes: a new original (received, with a fresh letter id), or a
    /// duplicate arrival of one already kept. A refusal of the same path recorded earlier is cleared.</summary>
    public RecordedArrival RecordArrival(SourceFile file, StoredOriginal original) => database.Write(sql =>
    {
        if (IsTakenIn(sql, file)) return new RecordedArrival(null, null);
        var existing = ExistingLetter(sql, original.Sha256);
        var kind = existing is null ? ArrivalKind.Original : ArrivalKind.Duplicate;
        var (row, letterId) = existing ?? InsertLetter(sql, file, original);
        sql.Execute("""
            INSERT INTO arrivals (letter, name, source_path, source_size, source_mtime, arrived_at, kind)
            VALUES ($letter, $name, $path, $size, $mtime, $now, $kind)
            """, ("$letter", row), ("$name", file.Name), ("$path", file.Path), ("$size", file.Size),
            ("$mtime", file.ModifiedTicks), ("$now", CatalogText.Now()), ("$kind", CatalogText.Of(kind)));
        sql.Execute("DELETE FROM arrivals WHERE source_path = $path AND kind = 'refused'", ("$path", file.Path));
        return new RecordedArrival(kind, letterId);
    });

    /// <summary>Records a file that could not be taken in, with why; the file itself was left where it was.</summary>
    public void RecordRefusal(SourceFile file, LetterFailure failure) => database.Write(sql => sql.Execute("""
        INSERT INTO arrivals (name, source_path, source_size, source_mtime, arrived_at, kind, failure_code, failure_reason)
        VALUES ($name, $path, $size, $mtime, $now, 'refused', $code, $reason)
        """, ("$name", file.Name), ("$path", file.Path), ("$size", file.Size), ("$mtime", file.ModifiedTicks),
        ("$now", CatalogText.Now()), ("$code", failure.Code), ("$reason", failure.Reason)));

    /// <summary>Takes the oldest received original and marks it processing, or null when none waits.</summary>
    public LetterClaim? ClaimNext() => database.Write(sql =>
    {
        using var command = sql.Command("""
            UPDATE letters SET state = 'processing', started_at = $now, attempts = attempts + 1
            WHERE row = (SELECT row FROM letters WHERE state = 'received' ORDER BY row LIMIT 1)
            RETURNING row, letter_id, sha256, file_name
            """, ("$now", CatalogText.Now()));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new LetterClaim(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)) : null;
    });

    /// <summary>Records what processing made of a claimed original.</summary>
    public CompletedLetter Complete(LetterClaim claim, LetterOutcome outcome) => database.Write(sql =>
    {
        if (outcome.Record is not { } record)
        {
            var failure = outcome.Failure ?? new LetterFailure(ArchiveFaults.Crashed, "Processing ended without a record or a reason.");
            sql.Execute("""
                UPDATE letters SET state = 'failed', finished_at = $now, elapsed_ms = $ms, failure_code = $code,
                    failure_reason = $reason, record_json = NULL, text = NULL, recognised_pages = NULL, version_key = NULL, version = NULL, superseded_by = NULL
                WHERE row = $row
                """, ("$now", CatalogText.Now()), ("$ms", (long)outcome.Elapsed.TotalMilliseconds), ("$code", failure.Code),
                ("$reason", failure.Reason), ("$row", claim.Row));
            return new CompletedLetter(LetterState.Failed, 0, 0, null);
        }
        var key = VersionKey.Of(record);
        sql.Execute("""
            UPDATE letters SET state = 'done', finished_at = $now, elapsed_ms = $ms, failure_code = NULL, failure_reason = NULL,
                record_json = $json, text = $text, recognised_pages = $recognised, version_key = $key, version = 1, superseded_by = NULL
            WHERE row = $row
            """, ("$now", CatalogText.Now()), ("$ms", (long)outcome.Elapsed.TotalMilliseconds),
            ("$json", RecordJson.Serialize(record, indented: false)), ("$text", outcome.Text),
            ("$recognised", RecognisedPagesJson.Serialize(outcome.RecognisedPages)), ("$key", key), ("$row", claim.Row));
        return key is null ? new CompletedLetter(LetterState.Done, 1, 1, claim.LetterId) : Renumber(sql, key, claim.Row);
    });

    /// <summary>Gives a claimed original back (the run is stopping); it will be processed next time.</summary>
    public void Release(LetterClaim claim) => database.Write(sql =>
        sql.Execute("UPDATE letters SET state = 'received' WHERE row = $row AND state = 'processing'", ("$row", claim.Row)));

    /// <summary>Originals a killed run left in processing go back to received. Returns how many.</summary>
    public int ResetInterrupted() => database.Write(sql => sql.Execute("UPDATE letters SET state = 'received' WHERE state = 'processing'"));

    /// <summary>Failed originals (with this failure code, or all) go back to received. Returns how many.</summary>
    public int Requeue(string? failureCode) => database.Write(sql => sql.Execute(
        "UPDATE letters SET state = 'received' WHERE state = 'failed' AND ($code IS NULL OR failure_code = $code)", ("$code", failureCode)));

    /// <summary>How many originals wait to be processed.</summary>
    public int Waiting() => Convert.ToInt32(database.Read(sql => sql.Scalar("SELECT count(*) FROM letters WHERE state = 'received'")));

    /// <summary>Every failed original, as the quarantine shows it.</summary>
    public IReadOnlyList<QuarantinedLetter> Failed()
    {
        var failed = database.Read(sql =>
        {
            using var command = sql.Command("SELECT row, letter_id, file_name, sha256, failure_code, failure_reason FROM letters WHERE state = 'failed' ORDER BY row");
            using var reader = command.ExecuteReader();
            var rows = new List<(long Row, string Id, string Name, string Sha, LetterFailure Failure)>();
            while (reader.Read())
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), new LetterFailure(reader.GetString(4), reader.GetString(5))));
            return rows;
        });
        return failed.Select(f => new QuarantinedLetter(f.Id, f.Name, f.Sha, f.Failure, ArrivalNames(f.Row))).ToList();
    }

    /// <summary>Every name the original arrived under, first arrival first.</summary>
    public IReadOnlyList<string> ArrivalNames(long row) => database.Read(sql =>
    {
        using var command = sql.Command("SELECT name FROM arrivals WHERE letter = $row ORDER BY row", ("$row", row));
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    });

    private static bool IsTakenIn(SqliteCommandFactory sql, SourceFile file) => sql.Scalar(
        "SELECT 1 FROM arrivals WHERE source_path = $path AND source_size = $size AND source_mtime = $mtime AND kind <> 'refused'",
        ("$path", file.Path), ("$size", file.Size), ("$mtime", file.ModifiedTicks)) is not null;

    private static (long Row, string LetterId)? ExistingLetter(SqliteCommandFactory sql, string sha256)
    {
        using var command = sql.Command("SELECT row, letter_id FROM letters WHERE sha256 = $sha", ("$sha", sha256));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    private static (long Row, string LetterId) InsertLetter(SqliteCommandFactory sql, SourceFile file, StoredOriginal original)
    {
        var letterId = UniqueLetterId(sql, SafeNames.Stem(file.Name), original.Sha256);
        var row = (long)sql.Scalar("""
            INSERT INTO letters (sha256, letter_id, file_name, size, state, received_at)
            VALUES ($sha, $id, $name, $size, 'received', $now) RETURNING row
            """, ("$sha", original.Sha256), ("$id", letterId), ("$name", file.Name), ("$size", original.Size), ("$now", CatalogText.Now()))!;
        return (row, letterId);
    }

    /// <summary>The contract's id is the file name without its extension; when another original already
    /// has it, the start of the hash tells the two apart ("cong-van-62-1a2b3c4d").</summary>
    private static string UniqueLetterId(SqliteCommandFactory sql, string stem, string sha256)
    {
        foreach (var candidate in new[] { stem, $"{stem}-{sha256[..8]}", $"{stem}-{sha256}" })
            if (sql.Scalar("SELECT 1 FROM letters WHERE letter_id = $id", ("$id", candidate)) is null) return candidate;
        throw new InvalidOperationException($"The letter id {stem}-{sha256} is taken although the hash is new.");
    }

    /// <summary>Versions are numbered in order of arrival; the latest to arrive is the current one.</summary>
    private static CompletedLetter Renumber(SqliteCommandFactory sql, string key, long row)
    {
        var versions = new List<(long Row, string LetterId)>();
        using (var command = sql.Command("SELECT row, letter_id FROM letters WHERE version_key = $key AND state = 'done' ORDER BY row", ("$key", key)))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) versions.Add((reader.GetInt64(0), reader.GetString(1)));
        var current = versions[^1].Row;
        for (var i = 0; i < versions.Count; i++)
            sql.Execute("UPDATE letters SET version = $version, superseded_by = $by WHERE row = $row",
                ("$version", i + 1), ("$by", versions[i].Row == current ? null : current), ("$row", versions[i].Row));
        return new CompletedLetter(LetterState.Done, versions.FindIndex(v => v.Row == row) + 1, versions.Count, versions[^1].LetterId);
    }
}
