using Extraction.Segmentation;
using Extraction.Text;

namespace Extraction.Tests;

/// <summary>Finds the repository's corpus from wherever the tests run.</summary>
public static class TestCorpus
{
    public static string Root { get; } = FindRoot();

    public static string Letters => Path.Combine(Root, "corpus", "letters");
    public static string Gold => Path.Combine(Root, "corpus", "gold");
    public static string Schema => Path.Combine(Root, "schema", "letter-record.schema.json");

    public static string Letter(string fileName) => Path.Combine(Letters, fileName);

    /// <summary>A corpus text letter, segmented by the rule segmenter.</summary>
    public static SegmentedLetter Segmented(string fileName) =>
        RuleSegmenter.Instance.Segment(LetterText.FromString(File.ReadAllText(Letter(fileName))));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln"))) return dir.FullName;
        throw new InvalidOperationException("Extraction.sln not found above " + AppContext.BaseDirectory);
    }
}
