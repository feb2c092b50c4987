using Extraction.Archival;
using Extraction.Pipeline;
using Extraction.Reading.Ocr;
using Extraction.Tests.Evaluation;

namespace Extraction.Tests.Archival;

/// <summary>
/// The searchable PDF and ALTO of every scanned letter of the corpus, built from the recognition the
/// corpus run already made (nothing is recognised again): among them JPEG pages, e-signature images laid
/// over JPEG pages and fax-compressed (CCITT) pages.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class CorpusScanCopiesTests(CorpusRun corpus)
{
    public static TheoryData<string> Scans => [.. Directory.GetFiles(TestCorpus.Letters, "*-scan*").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Scans))]
    public void PdftotextGivesBackTheRecognisedWordsInOrder(string scan)
    {
        var (outcome, pdf) = SearchablePdfOf(scan);
        ArchivalCopyChecks.PdftotextGivesBackTheRecognisedWords(pdf, outcome);
    }

    [Theory]
    [MemberData(nameof(Scans))]
    public void EveryPageImageIsTheOriginalsAndPopplerOpensTheFile(string scan)
    {
        var (outcome, pdf) = SearchablePdfOf(scan);
        ArchivalCopyChecks.PageImagesAreTheOriginals(outcome.Path, pdf, outcome, Folder(scan));
    }

    [Theory]
    [MemberData(nameof(Scans))]
    public void AltoHasTheRequiredStructureAndTheStoredTextsWords(string scan) =>
        ArchivalCopyChecks.AltoHasTheRequiredStructureAndTheStoredWords(TestCorpus.Letter(scan), corpus.Outcome(scan));

    private (LetterOutcome Outcome, string Pdf) SearchablePdfOf(string scan)
    {
        var outcome = corpus.Outcome(scan);
        Assert.True(outcome.Succeeded, outcome.Failure?.Reason);
        var pdf = Path.Combine(Folder(scan), "searchable.pdf");
        File.WriteAllBytes(pdf, new SearchablePdf(new OcrOptions()).Build(outcome.Path, outcome.RecognisedPages!));
        return (outcome, pdf);
    }

    private string Folder(string scan) => Directory.CreateDirectory(Path.Combine(corpus.Output.FullName, "copies", scan)).FullName;
}
