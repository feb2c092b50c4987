using Extraction.Archive.Catalog;
using Extraction.Records;

namespace Extraction.Archive.Indexing;

/// <summary>
/// Keeps the search index in step with the catalog. Each letter row remembers whether the index durably
/// holds it; whatever differs from "done and current" is sent, the index commits, and only then are the
/// rows marked. A crash anywhere in between means the same changes are sent again, never lost.
/// </summary>
internal sealed class IndexFeed(CatalogDatabase database, IArchiveIndex index)
{
    /// <summary>How often a busy run brings the index up to date: often enough to search new letters within
    /// seconds, rarely enough that commits (which flush to disk) cost little.</summary>
    public static readonly TimeSpan SyncInterval = TimeSpan.FromSeconds(2);

    private const int BatchSize = 500;
    private const string Current = "(state = 'done' AND superseded_by IS NULL)";
    private readonly Lock _gate = new();
    private readonly System.Diagnostics.Stopwatch _sinceSync = System.Diagnostics.Stopwatch.StartNew();

    /// <summary>Syncs when the last sync is older than <see cref="SyncInterval"/> and no other thread is syncing.</summary>
    public void SyncIfDue(Action<string> warn)
    {
        if (_sinceSync.Elapsed < SyncInterval || !_gate.TryEnter()) return;
        try
        {
            TrySync(warn);
        }
        finally
        {
            _gate.Exit();
        }
    }

    /// <summary>Syncs; a failing index is reported, never allowed to stop the archive: the catalog stays
    /// the truth and the changes stay pending until a later sync or a rebuild succeeds.</summary>
    public bool TrySync(Action<string> warn)
    {
        try
        {
            Sync();
            return true;
        }
        catch (Exception e)
        {
            warn($"The search index could not be updated ({e.GetType().Name}: {e.Message}); the catalog is intact and the index will be brought up to date on the next run, or run `extraction reindex`.");
            return false;
        }
        finally
        {
            _sinceSync.Restart();
        }
    }

    private sealed record Change(long Row, string LetterId, IndexedLetter? Letter);

    /// <summary>Sends every pending change and commits. Returns how many letters were added or removed.</summary>
    public int Sync()
    {
        lock (_gate)
        {
            var total = 0;
            for (var changes = Pending(); changes.Count > 0; changes = Pending())
            {
                foreach (var change in changes)
                    if (change.Letter is { } letter) index.LetterDone(letter);
                    else index.LetterRemoved(change.LetterId);
                index.Commit();
                MarkIndexed(changes);
                total += changes.Count;
            }
            return total;
        }
    }

    /// <summary>Replaces the index with the current version of every done letter. Returns how many.</summary>
    public int Rebuild(IEnumerable<IndexedLetter> currentLetters)
    {
        var count = 0;
        IEnumerable<IndexedLetter> Counted()
        {
            foreach (var letter in currentLetters)
            {
                count++;
                yield return letter;
            }
        }
        lock (_gate)
        {
            index.Rebuild(Counted());
            database.Write(sql => sql.Execute($"UPDATE letters SET indexed = {Current}"));
        }
        return count;
    }

    /// <summary>How many letters the index does not agree with yet.</summary>
    public int PendingCount() => Convert.ToInt32(database.Read(sql => sql.Scalar($"SELECT count(*) FROM letters WHERE indexed <> {Current}")));

    private List<Change> Pending() => database.Read(sql =>
    {
        using var command = sql.Command($"""
            SELECT row, letter_id, CASE WHEN {Current} THEN record_json END, CASE WHEN {Current} THEN text END
            FROM letters WHERE indexed <> {Current} ORDER BY row LIMIT $n
            """, ("$n", BatchSize));
        using var reader = command.ExecuteReader();
        var changes = new List<Change>();
        while (reader.Read())
        {
            var letter = reader.IsDBNull(2) ? null
                : new IndexedLetter(RecordJson.Deserialize(reader.GetString(2)), reader.IsDBNull(3) ? null : reader.GetString(3));
            changes.Add(new Change(reader.GetInt64(0), reader.GetString(1), letter));
        }
        return changes;
    });

    private void MarkIndexed(List<Change> changes) => database.Write(sql =>
    {
        foreach (var change in changes)
            sql.Execute("UPDATE letters SET indexed = $indexed WHERE row = $row", ("$indexed", change.Letter is null ? 0 : 1), ("$row", change.Row));
        return changes.Count;
    });
}
