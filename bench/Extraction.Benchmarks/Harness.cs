using System.Diagnostics;
using System.Text.Json;

namespace Extraction.Benchmarks;

/// <summary>A measurement that reports figures and ratios against a baseline run in the same process.</summary>
public interface IBenchmark
{
    string Name { get; }
    Task<BenchmarkReport> RunAsync(BenchmarkOptions options);
}

public static class Benchmarks
{
    public static IEnumerable<IBenchmark> All() =>
    [
        new ExtractionThroughputBenchmark(),
        new PdfTextLayerBenchmark(),
        new Ocr.OcrAccuracyBenchmark(),
        new Ocr.OcrPreprocessingBenchmark(),
        new Ocr.OcrSpeedBenchmark(),
        new Search.SearchBenchmark(),
        new ArchiveIngestBenchmark(),
        new ModelBenchmark(),
        new ArchivalCopiesBenchmark(),
        new Ocr.HandwritingBenchmark(),
    ];
}

public sealed class BenchmarkOptions
{
    public List<string> Names { get; } = [];
    public string CorpusDirectory { get; private set; } = "corpus";
    public string OutputDirectory { get; private set; } = Path.Combine("artifacts", "bench");
    /// <summary>How many letters a benchmark that generates an archive makes (its own default when null).</summary>
    public int? Letters { get; private set; }

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--corpus": options.CorpusDirectory = args[++i]; break;
                case "--out": options.OutputDirectory = args[++i]; break;
                case "--letters": options.Letters = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                default: options.Names.Add(args[i]); break;
            }
        }
        if (options.Names.Count == 0) options.Names.Add("all");
        return options;
    }
}

/// <summary>One figure of a benchmark: a value with its unit.</summary>
public sealed record Figure(string Name, double Value, string Unit);

public sealed class BenchmarkReport(string name, string description)
{
    public string Name { get; } = name;
    public string Description { get; } = description;
    public List<Figure> Figures { get; } = [];
    public List<string> Notes { get; } = [];
    public string Machine { get; } = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}";
    public DateTimeOffset MeasuredAt { get; } = DateTimeOffset.Now;

    public void Add(string figure, double value, string unit) => Figures.Add(new Figure(figure, value, unit));

    public void Print(TextWriter output)
    {
        output.WriteLine($"== {Name}: {Description}");
        output.WriteLine($"   {Machine}, {MeasuredAt:yyyy-MM-dd HH:mm}");
        foreach (var f in Figures) output.WriteLine($"   {f.Name,-52} {f.Value,14:0.###} {f.Unit}");
        foreach (var n in Notes) output.WriteLine($"   note: {n}");
    }

    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{Name}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true }));
    }
}

/// <summary>A steady-state rate and how long the warm-up before it took.</summary>
public sealed record SteadyRate(double RunsPerSecond, double WarmUpSeconds);

public static class Measure
{
    /// <summary>Runs the action until at least minSeconds have passed (and at least once); returns runs per second.</summary>
    public static double RunsPerSecond(Action action, double minSeconds = 2)
    {
        var watch = Stopwatch.StartNew();
        var runs = 0;
        do { action(); runs++; } while (watch.Elapsed.TotalSeconds < minSeconds);
        return runs / watch.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Runs per second once the JIT has tiered the code up: one-second rounds until two in a row
    /// agree within 5 % (at least three rounds, at most maxWarmUpSeconds), then a measured round of
    /// minSeconds. The .NET runtime first runs unoptimised and then instrumented code, so a short
    /// measurement mostly times the compiler; report the cold figure beside this one.
    /// </summary>
    public static SteadyRate SteadyRunsPerSecond(Action action, double minSeconds = 3, double maxWarmUpSeconds = 30)
    {
        var warmUp = Stopwatch.StartNew();
        double previous = 0, current = 0;
        var rounds = 0;
        do
        {
            previous = current;
            current = RunsPerSecond(action, minSeconds: 1);
            rounds++;
        }
        while ((rounds < 3 || Math.Abs(current - previous) > 0.05 * current) && warmUp.Elapsed.TotalSeconds < maxWarmUpSeconds);
        return new SteadyRate(RunsPerSecond(action, minSeconds), warmUp.Elapsed.TotalSeconds);
    }

    /// <summary>Peak resident memory of this process so far, in MB.</summary>
    public static double PeakWorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
