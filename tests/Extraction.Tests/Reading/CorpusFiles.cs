namespace Extraction.Tests.Reading;

/// <summary>Paths into the repository's corpus/ and a scratch folder for files a test makes.</summary>
internal static class CorpusFiles
{
    public static string Root { get; } = FindRoot();

    public static string Letter(string fileName) => Path.Combine(Root, "corpus", "letters", fileName);

    public static string Scratch(string fileName)
    {
        var folder = Path.Combine(Path.GetTempPath(), "extraction-reading-tests");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{Guid.NewGuid():N}-{fileName}");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln"))) return dir.FullName;
        throw new InvalidOperationException("Extraction.sln not found above the test binaries.");
    }
}
