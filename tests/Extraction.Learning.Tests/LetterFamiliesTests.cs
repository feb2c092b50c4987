using Extraction.Learning.Corpus;
using Extraction.Learning.Training;

namespace Extraction.Learning.Tests;

/// <summary>Cross-validation never splits a letter from its scans or variants (corpus/SOURCES.tsv).</summary>
public sealed class LetterFamiliesTests
{
    private static readonly IReadOnlyDictionary<string, string> Parents = LetterFamilies.Read(Path.Combine(LearningCorpus.Corpus, "SOURCES.tsv"));

    [Theory]
    [InlineData("seed-000-scan", "seed-000")]
    [InlineData("seed-002-digital", "seed-002")]
    [InlineData("hg-cv-454-2011-scandeg200", "hg-cv-454-2011")]
    [InlineData("made-docx-svhttdl-317-2024", "hg-cv-454-2011")]
    [InlineData("made-tcvn3-cv-512-2012", "hg-cv-454-2011")]
    [InlineData("made-docx-ubnd-4471-2024", "seed-002")]
    [InlineData("qn-cv-299-2025-scan", "qn-cv-299-2025")]
    [InlineData("made-kh-modu-412-2025", "made-kh-modu-412-2025")]
    public void A_letter_belongs_to_the_family_of_the_letter_it_was_made_from(string id, string family) =>
        Assert.Equal(family, LetterFamilies.Of(id, Parents));

    [Fact]
    public void Twins_share_a_fold()
    {
        string[] files = ["seed-000.txt", "seed-001.txt", "seed-002.txt", "hg-cv-454-2011.txt", "made-vni-cv-208-2013.txt", "made-tcvn3-cv-512-2012.txt"];
        var letters = files.Select(LearningCorpus.Letter).ToList();
        var folds = FamilyFolds.Assign(letters, folds: 3, seed: 7, sizes: letters.Select(l => l.Labels.Count).ToList());
        Assert.Equal(folds[3], folds[4]);
        Assert.Equal(folds[3], folds[5]);
        Assert.Equal(3, folds.Distinct().Count());
    }
}
