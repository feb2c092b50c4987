using Extraction.Archive.Indexing;

namespace Extraction.Archive.Tests.Fixtures;

/// <summary>
/// A search index that behaves like one for what the archive relies on: changes become visible only at
/// Commit, all together; what was not committed is lost when it is dropped (as in a crash). It can be told
/// to fail its commits, as a full disk would.
/// </summary>
internal sealed class RecordingIndex(IReadOnlyDictionary<string, IndexedLetter>? committed = null) : IArchiveIndex
{
    private readonly Dictionary<string, IndexedLetter> _committed = committed?.ToDictionary() ?? [];
    private readonly List<(string Id, IndexedLetter? Letter)> _pending = [];

    public IReadOnlyDictionary<string, IndexedLetter> Committed => _committed;

    public int Commits { get; private set; }

    public int Rebuilds { get; private set; }

    public bool FailCommits { get; set; }

    public bool NeedsRebuild { get; init; }

    public void LetterDone(IndexedLetter letter) => _pending.Add((letter.Record.Id, letter));

    public void LetterRemoved(string letterId) => _pending.Add((letterId, null));

    public void Commit()
    {
        if (FailCommits)
        {
            _pending.Clear();
            throw new IOException("No space left on device (index)");
        }
        foreach (var (id, letter) in _pending)
            if (letter is null) _committed.Remove(id);
            else _committed[id] = letter;
        _pending.Clear();
        Commits++;
    }

    public void Rebuild(IEnumerable<IndexedLetter> letters)
    {
        _pending.Clear();
        _committed.Clear();
        foreach (var letter in letters) _committed[letter.Record.Id] = letter;
        Rebuilds++;
    }

    public void Dispose() => _pending.Clear();
}
