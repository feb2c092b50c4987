using Extraction.Search.Letters;

namespace Extraction.Search.Tests.Fixtures;

/// <summary>The whole corpus indexed once per test class, from a records folder through the real source.</summary>
public sealed class CorpusIndex : IDisposable
{
    private readonly TempFolder folder = new();

    public CorpusIndex()
    {
        var records = folder.Combine("records");
        GoldCorpus.WriteRecordsFolder(records);
        Source = new FolderLetterSource(records, GoldCorpus.LettersDirectory);
        Index = LetterIndex.InMemory();
        Report = IndexBuilder.AddAll(Source, Index);
        Index.Refresh();
    }

    public FolderLetterSource Source { get; }
    public LetterIndex Index { get; }
    public IndexBuildReport Report { get; }

    public void Dispose()
    {
        Index.Dispose();
        folder.Dispose();
    }
}
