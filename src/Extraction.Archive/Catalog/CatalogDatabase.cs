using Microsoft.Data.Sqlite;

namespace Extraction.Archive.Catalog;

/// <summary>
/// The catalog's SQLite connection: WAL mode (readers such as <c>status</c> never block the writer and
/// see only committed transactions), synchronous=NORMAL (a commit survives the process being killed;
/// a power cut may lose the last commits but never corrupts), one connection used under a lock.
/// </summary>
internal sealed class CatalogDatabase : IDisposable
{
    /// <summary>2: the words of OCR'd pages (<c>recognised_pages</c>) kept beside the text.</summary>
    public const int SchemaVersion = 2;
    private const int SqliteCantOpen = 14;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS letters (
            row            INTEGER PRIMARY KEY,
            sha256         TEXT NOT NULL UNIQUE,
            letter_id      TEXT NOT NULL UNIQUE,
            file_name      TEXT NOT NULL,
            size           INTEGER NOT NULL,
            state          TEXT NOT NULL CHECK (state IN ('received', 'processing', 'done', 'failed')),
            received_at    TEXT NOT NULL,
            started_at     TEXT,
            finished_at    TEXT,
            elapsed_ms     INTEGER,
            attempts       INTEGER NOT NULL DEFAULT 0,
            failure_code   TEXT,
            failure_reason TEXT,
            record_json    TEXT,
            text           TEXT,
            recognised_pages TEXT,
            version_key    TEXT,
            version        INTEGER,
            superseded_by  INTEGER REFERENCES letters(row),
            indexed        INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX IF NOT EXISTS letters_state ON letters(state, row);
        CREATE INDEX IF NOT EXISTS letters_version_key ON letters(version_key) WHERE version_key IS NOT NULL;
        CREATE INDEX IF NOT EXISTS letters_index_pending ON letters(row)
            WHERE indexed <> (state = 'done' AND superseded_by IS NULL);
        CREATE TABLE IF NOT EXISTS arrivals (
            row            INTEGER PRIMARY KEY,
            letter         INTEGER REFERENCES letters(row),
            name           TEXT NOT NULL,
            source_path    TEXT NOT NULL,
            source_size    INTEGER NOT NULL,
            source_mtime   INTEGER NOT NULL,
            arrived_at     TEXT NOT NULL,
            kind           TEXT NOT NULL CHECK (kind IN ('original', 'duplicate', 'refused')),
            failure_code   TEXT,
            failure_reason TEXT
        );
        CREATE UNIQUE INDEX IF NOT EXISTS arrivals_taken_in ON arrivals(source_path, source_size, source_mtime) WHERE kind <> 'refused';
        CREATE INDEX IF NOT EXISTS arrivals_letter ON arrivals(letter);
        """;

    private readonly Lock _gate = new();

    private readonly SqliteConnection _connection;

    private CatalogDatabase(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (creating when asked) the catalog of an archive.</summary>
    public static CatalogDatabase Open(ArchiveLayout layout, bool readOnly)
    {
        if (!readOnly) return Connect(layout.Catalog, SqliteOpenMode.ReadWriteCreate, connection => Prepare(connection, layout));
        if (!File.Exists(layout.Catalog))
            throw new ArchiveUnavailableException($"There is no archive at {layout.Root} (no catalog.db): ingest something first, or name the archive with --archive.");
        try
        {
            return Connect(layout.Catalog, SqliteOpenMode.ReadOnly, connection => CheckVersion(connection, layout, mustHaveSchema: true));
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteCantOpen)
        {
            // A WAL reader needs to create the shared-memory file beside the catalog; on a read-only disk it cannot,
            // and no writer can be at work there either, so the file is read as immutable.
            return Connect(ImmutableUri(layout.Catalog), SqliteOpenMode.ReadOnly, connection => CheckVersion(connection, layout, mustHaveSchema: true));
        }
    }

    private static CatalogDatabase Connect(string dataSource, SqliteOpenMode mode, Action<SqliteConnection> prepare)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = dataSource,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 10000;");
            prepare(connection);
            return new CatalogDatabase(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static string ImmutableUri(string path) =>
        "file:" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)) + "?immutable=1";

    public T Read<T>(Func<SqliteCommandFactory, T> query)
    {
        lock (_gate) return query(new SqliteCommandFactory(_connection, null));
    }

    /// <summary>Runs the work in one transaction: all of it is committed, or none.</summary>
    public T Write<T>(Func<SqliteCommandFactory, T> work)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            var result = work(new SqliteCommandFactory(_connection, transaction));
            transaction.Commit();
            return result;
        }
    }

    public void Dispose() => _connection.Dispose();

    private static void Prepare(SqliteConnection connection, ArchiveLayout layout)
    {
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
        var version = CheckVersion(connection, layout, mustHaveSchema: false);
        var upgrade = version == 1 ? "ALTER TABLE letters ADD COLUMN recognised_pages TEXT;" : "";
        // One transaction: a reader sees the whole schema with its version, or no version at all.
        Execute(connection, $"BEGIN; {upgrade} {Schema} PRAGMA user_version = {SchemaVersion}; COMMIT;");
    }

    /// <summary>Refuses a catalog of a newer version; a reader also refuses one whose schema is not written yet. Returns the version.</summary>
    private static int CheckVersion(SqliteConnection connection, ArchiveLayout layout, bool mustHaveSchema)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        var version = Convert.ToInt32(command.ExecuteScalar());
        if (version > SchemaVersion)
            throw new ArchiveUnavailableException(
                $"The catalog of {layout.Root} was written by a newer version of extraction (catalog version {version}); update extraction to use it.");
        if (mustHaveSchema && version == 0)
            throw new ArchiveUnavailableException($"The archive at {layout.Root} is being created (its catalog is still empty); try again in a moment.");
        return version;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>Makes commands bound to the current transaction, with named parameters.</summary>
internal sealed class SqliteCommandFactory(SqliteConnection connection, SqliteTransaction? transaction)
{
    public SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    public object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }
}
