using Extraction.Archive.Indexing;
using Extraction.Pipeline;
using Extraction.Records;
using Microsoft.Data.Sqlite;

namespace Extraction.Archive.Catalog;

/// <summary>Counts of a catalog: originals per state, and arrivals that were duplicates or refused.</summary>
public sealed record CatalogCounts(IReadOnlyDictionary<LetterState, int> ByState, int Duplicates, int Refused, int Superseded)
{
    public int this[LetterState state] => ByState.GetValueOrDefault(state);
}

/// <summary>
/// The catalog's read side, on its own read-only connection: usable while an ingest writes (WAL readers
/// see the last committed state, never a half-written row), and by status and export without the lock.
/// </summary>
public sealed class CatalogReader : IDisposable
{
    private const string EntryColumns = """
        row, letter_id, sha256, file_name, size, state, attempts, received_at, elapsed_ms, failure_code, failure_reason,
        version, superseded_by IS NOT NULL
        """;

    private readonly CatalogDatabase _database;

    private CatalogReader(CatalogDatabase database) => _database = database;

    public static CatalogReader Open(ArchiveLayout layout) => new(CatalogDatabase.Open(layout, readOnly: true));

    public CatalogCounts Counts() => _database.Read(sql =>
    {
        var byState = new Dictionary<LetterState, int>();
        using (var command = sql.Command("SELECT state, count(*) FROM letters GROUP BY state"))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) byState[CatalogText.State(reader.GetString(0))] = reader.GetInt32(1);
        int Count(string query) => Convert.ToInt32(sql.Scalar(query));
        return new CatalogCounts(byState,
            Count("SELECT count(*) FROM arrivals WHERE kind = 'duplicate'"),
            Count("SELECT count(*) FROM arrivals WHERE kind = 'refused'"),
            Count("SELECT count(*) FROM letters WHERE superseded_by IS NOT NULL"));
    });

    public LetterEntry? Letter(string letterId) =>
        Entries($"SELECT {EntryColumns} FROM letters WHERE letter_id = $id", ("$id", letterId)).SingleOrDefault();

    /// <summary>Every original, in order of arrival.</summary>
    public IReadOnlyList<LetterEntry> Letters() => Entries($"SELECT {EntryColumns} FROM letters ORDER BY row");

    public IReadOnlyList<LetterEntry> Failed() => Entries($"SELECT {EntryColumns} FROM letters WHERE state = 'failed' ORDER BY row");

    /// <summary>The letters that took longest to process, done or failed.</summary>
    public IReadOnlyList<LetterEntry> Slowest(int count) => Entries(
        $"SELECT {EntryColumns} FROM letters WHERE elapsed_ms IS NOT NULL ORDER BY elapsed_ms DESC LIMIT $n", ("$n", count));

    /// <summary>Files that could not be taken in and have not been since, with why.</summary>
    public IReadOnlyList<ArrivalEntry> Refused() => Arrivals("WHERE a.kind = 'refused' ORDER BY a.row");

    /// <summary>Every name and path the letter arrived under, first arrival first.</summary>
    public IReadOnlyList<ArrivalEntry> ArrivalsOf(string letterId) => Arrivals("WHERE l.letter_id = $id ORDER BY a.row", ("$id", letterId));

    /// <summary>The record of every done letter, in order of arrival, read a page at a time.</summary>
    public IEnumerable<LetterRecord> DoneRecords(bool currentOnly) =>
        Stream(currentOnly ? "state = 'done' AND superseded_by IS NULL" : "state = 'done'").Select(row => RecordJson.Deserialize(row.Json));

    /// <summary>The current version of every done letter with its text, read a page at a time: what the index holds.</summary>
    public IEnumerable<IndexedLetter> CurrentLetters() =>
        Stream("state = 'done' AND superseded_by IS NULL").Select(row => new IndexedLetter(RecordJson.Deserialize(row.Json), row.Text));

    /// <summary>The current version of every done letter read by OCR, with its recognised pages: what the
    /// searchable PDF and ALTO are made from, beside the original.</summary>
    public IEnumerable<ScannedLetter> ScannedLetters()
    {
        foreach (var (letterId, fileName, sha256) in _database.Read(sql =>
        {
            using var command = sql.Command("SELECT letter_id, file_name, sha256 FROM letters WHERE state = 'done' AND superseded_by IS NULL AND recognised_pages IS NOT NULL ORDER BY row");
            using var reader = command.ExecuteReader();
            var letters = new List<(string, string, string)>();
            while (reader.Read()) letters.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            return letters;
        }))
        {
            // One letter's pages at a time: a long scan's words are a few hundred kilobytes.
            var json = (string?)_database.Read(sql => sql.Scalar("SELECT recognised_pages FROM letters WHERE letter_id = $id", ("$id", letterId)));
            if (json is not null) yield return new ScannedLetter(letterId, fileName, sha256, RecognisedPagesJson.Deserialize(json));
        }
    }

    public void Dispose() => _database.Dispose();

    // A page is read inside the lock and handed out after it is released, so a consumer as slow as an index
    // rebuild never holds the connection while it works, and memory stays one page whatever the catalog's size.
    private IEnumerable<(string Json, string? Text)> Stream(string where)
    {
        const int PageSize = 64;
        long after = 0;
        while (true)
        {
            var page = _database.Read(sql =>
            {
                using var command = sql.Command(
                    $"SELECT row, record_json, text FROM letters WHERE {where} AND row > $after ORDER BY row LIMIT {PageSize}", ("$after", after));
                using var reader = command.ExecuteReader();
                var rows = new List<(long Row, string Json, string? Text)>();
                while (reader.Read()) rows.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
                return rows;
            });
            foreach (var row in page) yield return (row.Json, row.Text);
            if (page.Count < PageSize) yield break;
            after = page[^1].Row;
        }
    }

    private List<LetterEntry> Entries(string query, params (string, object?)[] parameters) => _database.Read(sql =>
    {
        using var command = sql.Command(query, parameters);
        using var reader = command.ExecuteReader();
        var entries = new List<LetterEntry>();
        while (reader.Read()) entries.Add(ReadEntry(reader));
        return entries;
    });

    private static LetterEntry ReadEntry(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), CatalogText.State(r.GetString(5)), r.GetInt32(6),
        CatalogText.Time(r.GetString(7)), r.IsDBNull(8) ? null : TimeSpan.FromMilliseconds(r.GetInt64(8)),
        r.IsDBNull(9) ? null : new LetterFailure(r.GetString(9), r.GetString(10)), r.IsDBNull(11) ? null : r.GetInt32(11), r.GetBoolean(12));

    private List<ArrivalEntry> Arrivals(string where, params (string, object?)[] parameters) => _database.Read(sql =>
    {
        using var command = sql.Command($"""
            SELECT a.name, a.source_path, a.arrived_at, a.kind, l.letter_id, a.failure_code, a.failure_reason
            FROM arrivals a LEFT JOIN letters l ON l.row = a.letter {where}
            """, parameters);
        using var reader = command.ExecuteReader();
        var arrivals = new List<ArrivalEntry>();
        while (reader.Read())
            arrivals.Add(new ArrivalEntry(reader.GetString(0), reader.GetString(1), CatalogText.Time(reader.GetString(2)), CatalogText.Kind(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : new LetterFailure(reader.GetString(5), reader.GetString(6))));
        return arrivals;
    });
}
