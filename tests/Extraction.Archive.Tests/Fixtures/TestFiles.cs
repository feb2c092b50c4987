using Extraction.Benchmarks;

// The tests start shell scripts and real worker processes, mount volumes and read /proc: Linux, as in CI.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

namespace Extraction.Archive.Tests.Fixtures;

/// <summary>The repository's corpus and built tool, found from wherever the tests run.</summary>
internal static class TestFiles
{
    public static string Root { get; } = FindRoot();

    public static string Letters => Path.Combine(Root, "corpus", "letters");

    public static string Letter(string fileName) => Path.Combine(Letters, fileName);

    /// <summary>Four corpus text letters, in turn, with new numbers and dates: as many distinct letters as needed.
    /// Variant 0 is seed-000, 1 seed-001, 2 seed-002, 3 hg-cv-454-2011, 4 seed-000 again, and so on.</summary>
    public static LetterVariants Variants { get; } = LetterVariants.FromFiles(
        new[] { "seed-000.txt", "seed-001.txt", "seed-002.txt", "hg-cv-454-2011.txt" }.Select(Letter));

    /// <summary>The command-line tool, built beside the tests (the project references it).</summary>
    public static string Cli => Path.Combine(AppContext.BaseDirectory, "Extraction.Cli.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln"))) return dir.FullName;
        throw new InvalidOperationException("Extraction.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder, removed with everything in it.</summary>
internal sealed class Scratch : IDisposable
{
    public Scratch() => Path = Directory.CreateTempSubdirectory("extraction-archive-").FullName;

    public string Path { get; }

    public string Sub(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;

    public string Write(string relativePath, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A worker killed a moment ago may still hold a file; the temp folder is cleaned by the system.
        }
    }
}
