using Extraction.Search;

namespace Extraction.Archive.Indexing;

/// <summary>The archive's feed into the Lucene index that `search` and `serve` read. Lucene's commit
/// is atomic, which is all <see cref="IArchiveIndex"/> asks: after a crash the archive sends again
/// whatever the last commit did not hold.</summary>
public sealed class SearchArchiveIndex(LetterIndex index) : IArchiveIndex
{
    /// <exception cref="IndexInUseException">Another process (a running `serve`) writes the index.</exception>
    public static SearchArchiveIndex Open(ArchiveLayout layout) => new(LetterIndex.Open(layout.Index));

    public void LetterDone(IndexedLetter letter) => index.Add(letter.Record, letter.Text);

    public void LetterRemoved(string letterId) => index.Delete(letterId);

    public void Commit() => index.Commit();

    public void Rebuild(IEnumerable<IndexedLetter> letters)
    {
        index.DeleteAll();
        foreach (var letter in letters) index.Add(letter.Record, letter.Text);
        index.Commit();
    }

    public bool NeedsRebuild => index.StartedEmpty;

    public void Dispose() => index.Dispose();
}
