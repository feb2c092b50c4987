namespace Extraction.Archive;

/// <summary>
/// Where everything lives inside the archive root. Nothing the archive writes goes anywhere else.
/// </summary>
public sealed class ArchiveLayout
{
    public ArchiveLayout(string root) => Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    public string Root { get; }

    /// <summary>The SQLite catalog: one row per original.</summary>
    public string Catalog => Path.Combine(Root, "catalog.db");

    /// <summary>Originals by SHA-256, fanned out by the first two hex digits.</summary>
    public string Originals => Path.Combine(Root, "originals");

    /// <summary>A copy of every failed original with a <c>.reason.txt</c> beside it.</summary>
    public string Quarantine => Path.Combine(Root, "quarantine");

    /// <summary>Files being written before their atomic rename, and per-worker views of originals.
    /// Emptied when the archive is opened, so a crash leaves nothing here that matters.</summary>
    public string Temporary => Path.Combine(Root, "tmp");

    /// <summary>The search index's folder, for whoever implements <see cref="Indexing.IArchiveIndex"/>.</summary>
    public string Index => Path.Combine(Root, "index");

    /// <summary>Held exclusively by the one process that writes to the archive.</summary>
    public string LockFile => Path.Combine(Root, "archive.lock");

    public string OriginalPath(string sha256) => Path.Combine(Originals, sha256[..2], sha256);

    /// <summary>True when the path is the root or inside it (so an ingest never takes in the archive itself).</summary>
    public bool Contains(string path)
    {
        var full = Path.GetFullPath(path);
        return full == Root || full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
