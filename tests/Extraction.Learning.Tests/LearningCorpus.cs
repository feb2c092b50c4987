using Extraction.Learning.Corpus;
using Extraction.Reading;

namespace Extraction.Learning.Tests;

/// <summary>The repository's corpus and committed models, and corpus letters prepared for training
/// (text letters only: the scans would need OCR).</summary>
public static class LearningCorpus
{
    public static string Root { get; } = FindRoot();
    public static string Corpus => Path.Combine(Root, "corpus");
    public static string Models => Path.Combine(Root, "models");

    private static readonly LetterReader Reader = new(new LetterReaderOptions());
    private static readonly IReadOnlyDictionary<string, string> Parents = LetterFamilies.Read(Path.Combine(Corpus, "SOURCES.tsv"));

    public static TrainingLetter Letter(string fileName)
    {
        var id = Path.GetFileNameWithoutExtension(fileName);
        var letter = Path.Combine(Corpus, "letters", fileName);
        return TrainingCorpus.Prepare(id, LetterFamilies.Of(id, Parents), Reader.Read(letter), Path.Combine(Corpus, "gold", id + ".json"), letter);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln"))) return dir.FullName;
        throw new InvalidOperationException("Extraction.sln not found above " + AppContext.BaseDirectory);
    }
}
