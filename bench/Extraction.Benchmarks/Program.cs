using Extraction.Benchmarks;

// Usage: dotnet run -c Release --project bench/Extraction.Benchmarks -- <name>|all [--corpus DIR] [--out DIR]
var options = BenchmarkOptions.Parse(args);
var selected = Benchmarks.All().Where(b => options.Names.Contains("all") || options.Names.Contains(b.Name)).ToList();
if (selected.Count == 0)
{
    Console.Error.WriteLine($"Name one of: all, {string.Join(", ", Benchmarks.All().Select(b => b.Name))}");
    return 2;
}
foreach (var benchmark in selected)
{
    var report = await benchmark.RunAsync(options);
    report.Print(Console.Out);
    report.Save(options.OutputDirectory);
}
return 0;
