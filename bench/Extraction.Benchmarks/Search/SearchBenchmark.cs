using System.Diagnostics;
using Extraction.Records;
using Extraction.Search;
using Extraction.Search.Querying;

namespace Extraction.Benchmarks.Search;

/// <summary>
/// Indexes a generated archive, then times a fixed mix of 1,000 queries (with facets and snippets, as
/// the API answers them) against `grep -rilF` scanning the same texts for the same words, in the same
/// run. Also probes near-real-time visibility while the bulk indexing goes on.
/// Usage: dotnet run -c Release --project bench/Extraction.Benchmarks -- search [--letters N]
/// </summary>
public sealed class SearchBenchmark : IBenchmark
{
    private const int Seed = 20260501;
    private const int Queries = 1000, WarmupQueries = 100, ScannedQueries = 40;

    public string Name => "search";

    public async Task<BenchmarkReport> RunAsync(BenchmarkOptions options)
    {
        var letters = options.Letters ?? 100_000;
        var report = new BenchmarkReport(Name, $"Lucene.Net index of {letters:N0} generated letters vs grep -rilF over their texts");
        var work = Path.Combine(options.OutputDirectory, "search-work");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        var texts = Directory.CreateDirectory(Path.Combine(work, "texts")).FullName;
        var indexDirectory = Path.Combine(work, "index");

        var archive = new GeneratedArchive(options.CorpusDirectory);
        var generated = archive.Letters(letters, Seed).ToList();
        foreach (var (record, text) in generated) await File.WriteAllTextAsync(Path.Combine(texts, record.Id + ".txt"), text);
        report.Add("letters", letters, "letters");
        report.Add("text size", DirectorySize(texts) / 1e6, "MB");

        var mix = QueryMix.Create(generated.Select(g => g.Record).ToList(), WarmupQueries + Queries, Seed);
        // Indexed as `serve` indexes (near-real-time searcher reopened every 250 ms), not as a bare
        // rebuild: the rate is the one staff get while searching during an ingest.
        using (var index = LetterIndex.Open(indexDirectory))
        {
            var (elapsed, visibility) = IndexAll(index, generated);
            report.Add("indexing rate", letters / elapsed.TotalSeconds, "letters/s");
            report.Add("indexing time (with final commit)", elapsed.TotalSeconds, "s");
            report.Add("new letter visible while indexing, median", Percentile(visibility, 50), "ms");
            report.Add("new letter visible while indexing, max", visibility.Max(), "ms");
            report.Notes.Add($"visibility probed {visibility.Count} times: a marker letter added between bulk letters, searched every 10 ms until found");
        }
        report.Add("index size", DirectorySize(indexDirectory) / 1e6, "MB");
        report.Add("index segments", SegmentCount(indexDirectory), "segments");
        // The queries are timed in a process that holds the index, as `serve` does, not the generated texts too.
        generated.Clear();
        generated.TrimExcess();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

        using var reader = ReadOnlyLetterIndex.TryOpen(indexDirectory) ?? throw new InvalidOperationException("The index was not committed.");
        foreach (var warmup in mix.Take(WarmupQueries)) reader.Searcher.Search(warmup.Request);
        var measured = mix.Skip(WarmupQueries).ToList();
        // Each query is also run ranked on one thread, alternating which goes first, so the split over
        // the cores is compared with the same queries on the same index at the same moment.
        var oneThread = reader.Searcher.WithScoringThreads(1);
        var latencies = new List<double>();
        var oneThreadLatencies = new List<double>();
        foreach (var (query, i) in measured.Select((q, i) => (q, i)))
        {
            if (i % 2 == 1) oneThreadLatencies.Add(TimeMs(() => oneThread.Search(query.Request)));
            latencies.Add(TimeMs(() => reader.Searcher.Search(query.Request)));
            if (i % 2 == 0) oneThreadLatencies.Add(TimeMs(() => oneThread.Search(query.Request)));
        }
        report.Add("query latency p50", Percentile(latencies, 50), "ms");
        report.Add("query latency p99", Percentile(latencies, 99), "ms");
        report.Add("query latency mean", latencies.Average(), "ms");
        foreach (var kind in measured.Select(q => q.Kind).Distinct())
        {
            var ofKind = measured.Select((q, i) => (q, i)).Where(x => x.q.Kind == kind).Select(x => latencies[x.i]).ToList();
            report.Add($"query latency p99, {kind} ({ofKind.Count})", Percentile(ofKind, 99), "ms");
        }

        report.Add("ranked on one thread per query p99", Percentile(oneThreadLatencies, 99), "ms");
        report.Add("ranked on one thread per query mean", oneThreadLatencies.Average(), "ms");
        report.Add("split over the cores vs one thread (mean/mean)", oneThreadLatencies.Average() / latencies.Average(), "x");

        // The ranking window against ranking every hit by the whole query, in the same process.
        var singlePass = reader.Searcher.WithRankingWindow(0);
        var single = measured.Select(q => Timed(() => singlePass.Search(q.Request).Hits.Select(h => h.Record.Id).ToList())).ToList();
        var windowed = measured.Select(q => reader.Searcher.Search(q.Request).Hits.Select(h => h.Record.Id).ToList()).ToList();
        var compared = single.Zip(windowed).Where(p => p.First.Top.Count > 0).ToList();
        report.Add("single pass (no ranking window) p99", Percentile(single.Select(s => s.Ms).ToList(), 99), "ms");
        report.Add("single pass mean", single.Average(s => s.Ms), "ms");
        report.Add("top-10 overlap with the single pass", compared.Average(p => p.First.Top.Intersect(p.Second).Count() / (double)p.First.Top.Count), "");
        report.Add("same first hit as the single pass", compared.Average(p => p.First.Top[0] == p.Second.FirstOrDefault() ? 1.0 : 0.0), "");
        report.Notes.Add($"ranking window {LetterSearcher.DefaultRankingWindow}: every hit counted and ranked by its required syllables, the best re-ranked by the whole query");

        // The baseline: the same words, scanned for in the same texts, for an evenly spaced sample of the
        // mix; the index's times for those queries are the ones measured above, in the timed run.
        var sample = Enumerable.Range(0, ScannedQueries).Select(i => i * measured.Count / ScannedQueries).ToList();
        var scans = sample.Select(i => TimeMs(() => Grep(measured[i].ScanWords, texts))).ToList();
        var indexed = sample.Select(i => latencies[i]).ToList();
        report.Add("grep -rilF per query, mean", scans.Average(), "ms");
        report.Add("index per query on the same sample, mean", indexed.Average(), "ms");
        report.Add("speed-up over grep (mean/mean)", scans.Average() / indexed.Average(), "x");
        report.Add("speed-up over grep (grep mean / index p99)", scans.Average() / Percentile(latencies, 99), "x");
        report.Notes.Add($"grep sample: {ScannedQueries} queries of the mix, LC_ALL=C.UTF-8 grep -rilF -- WORDS (exact diacritics: grep's best case)");
        report.Notes.Add($"load average at the end: {File.ReadAllText("/proc/loadavg").Trim()}");
        Directory.Delete(work, recursive: true);
        return report;
    }

    /// <summary>Adds every letter; every 2,000 letters a marker is added and searched for until
    /// it shows, which must happen within the refresh interval while bulk indexing goes on.</summary>
    private static (TimeSpan Elapsed, List<double> VisibilityMs) IndexAll(LetterIndex index, List<(LetterRecord Record, string Text)> letters)
    {
        var visibility = new List<double>();
        var watch = Stopwatch.StartNew();
        Task? probe = null;
        for (var i = 0; i < letters.Count; i++)
        {
            index.Add(letters[i].Record, letters[i].Text);
            if (i % 2000 == 1000 && probe is null or { IsCompleted: true })
            {
                var marker = $"zzmarker{i}";
                index.Add(new LetterRecord { Id = marker, Subject = marker }, null);
                var added = Stopwatch.StartNew();
                probe = Task.Run(async () =>
                {
                    while (index.Searcher.Search(new SearchRequest { Query = marker, FacetValues = 0, Limit = 1 }).Total == 0) await Task.Delay(10);
                    lock (visibility) visibility.Add(added.Elapsed.TotalMilliseconds);
                });
            }
        }
        probe?.Wait();
        index.Commit();
        return (watch.Elapsed, visibility);
    }

    private static void Grep(string words, string directory)
    {
        var start = new ProcessStartInfo("grep", ["-rilF", "--", words, directory]) { RedirectStandardOutput = true };
        start.Environment["LC_ALL"] = "C.UTF-8";
        using var grep = Process.Start(start)!;
        grep.StandardOutput.ReadToEnd();
        grep.WaitForExit();
    }

    private static (double Ms, T Top) Timed<T>(Func<T> search)
    {
        var watch = Stopwatch.StartNew();
        var result = search();
        return (watch.Elapsed.TotalMilliseconds, result);
    }

    private static double TimeMs(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Percentile(IReadOnlyList<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static int SegmentCount(string indexDirectory)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(indexDirectory);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        return reader.Leaves.Count;
    }

    private static long DirectorySize(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
