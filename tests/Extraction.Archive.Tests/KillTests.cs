using System.Diagnostics;
using System.Security.Cryptography;
using Extraction.Archive.Catalog;
using Extraction.Archive.Storage;
using Extraction.Archive.Tests.Fixtures;
using Extraction.Records;
using Extraction.Search;
using Lucene.Net.Search;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Extraction.Archive.Tests;

/// <summary>
/// Crash safety, proved on the real thing: the command-line ingest runs as its own process and is killed
/// with SIGKILL at random moments (once or twice), then run to the end. Afterwards every inbox file is
/// in the catalog exactly once, done or failed; no row is doubled; every original hashes to its name; a
/// reader polling the catalog the whole time never got a half-written record; the search index holds exactly
/// the current done letters; and the workers of a killed ingest did not outlive it.
/// Set KILL_TEST_SEED to replay a run; the seed is printed with every failure.
/// </summary>
public sealed class KillTests(ITestOutputHelper output) : IDisposable
{
    private const int Repetitions = 20;
    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Killing_a_running_ingest_at_random_moments_loses_nothing_and_duplicates_nothing()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("KILL_TEST_SEED"), out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        var random = new Random(seed);
        var inbox = MakeInbox();
        var expected = Directory.GetFiles(inbox).ToDictionary(f => f, f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));
        var whole = Stopwatch.StartNew();
        Ingest(inbox, Path.Combine(_scratch.Path, "uninterrupted"));
        var runTime = whole.Elapsed;
        output.WriteLine($"seed {seed}; an uninterrupted ingest of {expected.Count} files takes {runTime.TotalSeconds:0.0} s");

        for (var repetition = 1; repetition <= Repetitions; repetition++)
        {
            var root = Path.Combine(_scratch.Path, $"archive-{repetition}");
            var context = $"seed {seed}, repetition {repetition}";
            var kills = new List<int>();
            using (var reader = new PollingReader(new ArchiveLayout(root)))
            {
                for (var k = random.Next(1, 3); k > 0; k--)
                {
                    var moment = random.Next((int)runTime.TotalMilliseconds);
                    kills.Add(moment);
                    KillAfter(inbox, root, moment, context);
                }
                var final = Ingest(inbox, root);
                Assert.True(final.ExitCode is 0 or 1, $"{context}: {final.All}");
                Assert.True(reader.Problems.IsEmpty, $"{context}: a reader saw {string.Join("; ", reader.Problems)}");
                output.WriteLine($"repetition {repetition}: killed after {string.Join(", ", kills)} ms; reader read {reader.RecordsRead} records");
            }
            CheckInvariants(root, expected, context);
        }
    }

    private string MakeInbox()
    {
        var inbox = _scratch.Sub("inbox");
        for (var i = 0; i < 10; i++) _scratch.Write($"inbox/letter-{i:00}.txt", TestFiles.Variants.Text(i));
        _scratch.Write("inbox/Công văn số 5 - bản sao.txt", TestFiles.Variants.Text(5));
        _scratch.Write("inbox/empty.txt", []);
        _scratch.Write("inbox/junk.pdf", RandomNumberGenerator.GetBytes(4096));
        return inbox;
    }

    private static ToolRun Ingest(string inbox, string root) => Tool.Run("ingest", inbox, "--archive", root);

    /// <summary>Starts an ingest and kills it after the given time (if still running); its workers must then
    /// notice they are orphans and exit by themselves.</summary>
    private static void KillAfter(string inbox, string root, int milliseconds, string context)
    {
        using var process = Tool.Launch("ingest", inbox, "--archive", root);
        if (process.WaitForExit(milliseconds)) return;
        var workers = ChildrenOf(process.Id);
        process.Kill(); // SIGKILL: no handler, no cleanup runs
        process.WaitForExit();
        var deadline = Stopwatch.StartNew();
        while (workers.Any(IsRunning) && deadline.Elapsed < TimeSpan.FromSeconds(15)) Thread.Sleep(100);
        Assert.False(workers.Any(IsRunning), $"{context}: workers {string.Join(", ", workers.Where(IsRunning))} outlived the killed ingest");
    }

    private static List<int> ChildrenOf(int pid)
    {
        try
        {
            return Directory.GetDirectories($"/proc/{pid}/task")
                .SelectMany(task => File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(int.Parse).ToList();
        }
        catch (IOException)
        {
            return []; // it exited on its own just now
        }
    }

    // A process that exited but was not yet reaped by init is a zombie ('Z'): it runs no more.
    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static void CheckInvariants(string root, Dictionary<string, string> expected, string context)
    {
        var layout = new ArchiveLayout(root);
        using var connection = new SqliteConnection($"Data Source={layout.Catalog};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var letters = Rows(connection, "SELECT sha256, state, letter_id, record_json, failure_code, failure_reason, file_name FROM letters");
        var arrivals = Rows(connection, "SELECT source_path, kind FROM arrivals");

        // Every inbox file arrived exactly once, and its bytes are one letter, done or failed.
        Assert.True(arrivals.Count == expected.Count && arrivals.All(a => a[1] is "original" or "duplicate"), $"{context}: arrivals {Show(arrivals)}");
        Assert.True(expected.Keys.Order().SequenceEqual(arrivals.Select(a => (string)a[0]!).Order()), $"{context}: arrivals {Show(arrivals)}");
        Assert.True(expected.Values.Distinct().Order().SequenceEqual(letters.Select(l => (string)l[0]!).Order()), $"{context}: letters {Show(letters)}");
        Assert.True(letters.All(l => l[1] is "done" or "failed"), $"{context}: states {Show(letters)}");

        // Originals are intact and nothing else is left in the store or half-written anywhere.
        Assert.All(letters, l => Assert.True(new OriginalStore(layout).IsIntact((string)l[0]!), $"{context}: original {l[0]} damaged"));
        Assert.Equal(letters.Count, Directory.GetFiles(layout.Originals, "*", SearchOption.AllDirectories).Length);
        Assert.Empty(Directory.GetFiles(root, "*.part", SearchOption.AllDirectories));

        foreach (var letter in letters.Where(l => (string)l[1]! == "done"))
        {
            var record = RecordJson.Deserialize((string)letter[3]!);
            Assert.True(record.Id == (string)letter[2]! && record.Source.Sha256 == (string)letter[0]!, $"{context}: record of {letter[2]}");
        }
        var quarantine = new Quarantine(layout, new OriginalStore(layout));
        foreach (var letter in letters.Where(l => (string)l[1]! == "failed"))
        {
            Assert.False(string.IsNullOrEmpty((string?)letter[5]), $"{context}: {letter[2]} failed without a reason");
            var copy = quarantine.PathOf((string)letter[2]!, (string)letter[6]!);
            Assert.True(File.Exists(copy) && File.Exists(copy + Quarantine.ReasonSuffix), $"{context}: {letter[2]} is not in quarantine");
        }
        Assert.Equal(2 * letters.Count(l => (string)l[1]! == "failed"), Directory.GetFiles(layout.Quarantine).Length);

        // The search index holds exactly the current version of every done letter.
        var current = Rows(connection, "SELECT letter_id FROM letters WHERE state = 'done' AND superseded_by IS NULL").Select(r => (string)r[0]!);
        using var index = ReadOnlyLetterIndex.TryOpen(layout.Index);
        Assert.True(index is not null, $"{context}: no committed index");
        var indexed = index.Searcher.Records(new MatchAllDocsQuery(), 1000).Select(r => r.Id);
        Assert.True(current.Order().SequenceEqual(indexed.Order()), $"{context}: index {string.Join(",", indexed.Order())} vs catalog {string.Join(",", current.Order())}");
    }

    private static List<object?[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private static string Show(List<object?[]> rows) => string.Join(" | ", rows.Select(r => string.Join(",", r.Take(3))));

    /// <summary>Reads every done record from the catalog, over and over, while the ingest is killed and restarted.</summary>
    private sealed class PollingReader : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _polling;

        public PollingReader(ArchiveLayout layout) => _polling = Task.Run(() => Poll(layout));

        public System.Collections.Concurrent.ConcurrentQueue<string> Problems { get; } = new();

        public int RecordsRead { get; private set; }

        public void Dispose()
        {
            _stop.Cancel();
            _polling.Wait();
            _stop.Dispose();
        }

        private void Poll(ArchiveLayout layout)
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    using var reader = CatalogReader.Open(layout);
                    foreach (var record in reader.DoneRecords(currentOnly: false))
                    {
                        if (record.Id.Length == 0 || record.Source.Sha256.Length != 64) Problems.Enqueue($"an incomplete record {record.Id}");
                        RecordsRead++;
                    }
                }
                catch (ArchiveUnavailableException)
                {
                    // No catalog yet.
                }
                catch (SqliteException e) when (e.SqliteErrorCode == 5)
                {
                    // Busy while a writer recovers the WAL after a kill: readers wait and retry, as status does.
                }
                catch (Exception e)
                {
                    Problems.Enqueue($"{e.GetType().Name}: {e.Message}");
                }
                Thread.Sleep(20);
            }
        }
    }
}
