using Extraction.Records;

namespace Extraction.Archive.Indexing;

/// <summary>A letter as the search index receives it: its record and the text it was read from.</summary>
public sealed record IndexedLetter(LetterRecord Record, string? Text);

/// <summary>
/// What the archive tells the search index. The index is fed only from the catalog and can always be
/// rebuilt from it; the archive keeps track of what the index holds, so an implementation only has to
/// make <see cref="Commit"/> atomic. Calls come from one thread at a time.
/// </summary>
public interface IArchiveIndex : IDisposable
{
    /// <summary>A letter is done: add it, or replace the one with the same <see cref="LetterRecord.Id"/>.</summary>
    void LetterDone(IndexedLetter letter);

    /// <summary>A letter is no longer current (a newer version superseded it, or it was processed again and failed).</summary>
    void LetterRemoved(string letterId);

    /// <summary>Makes every call so far durable and visible together. Until it returns, the archive assumes
    /// none of them happened and sends them again after a crash, so repeats must be harmless.</summary>
    void Commit();

    /// <summary>Replaces the whole index with these letters (the current version of every done letter), committed.</summary>
    void Rebuild(IEnumerable<IndexedLetter> letters);

    /// <summary>The index opened empty although the catalog may have sent it letters before (it was built
    /// by an older version of its format): the archive rebuilds it on opening.</summary>
    bool NeedsRebuild => false;
}
