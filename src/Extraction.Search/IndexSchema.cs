using Lucene.Net.Index;
using Directory = Lucene.Net.Store.Directory;

namespace Extraction.Search;

/// <summary>
/// The version of the index's fields, kept in every commit's user data. Queries of one version find
/// nothing in the fields of another, so an index built by an older version is rebuilt from the records
/// (writers) or refused with the command that rebuilds it (read-only searches).
/// </summary>
public static class IndexSchema
{
    private const string Key = "extraction.schema";

    /// <summary>2: the folded words of body, subject and header in one field ("words.folded").</summary>
    public const string Current = "2";

    public static IDictionary<string, string> CommitData => new Dictionary<string, string> { [Key] = Current };

    /// <summary>What <see cref="Of"/> gives for an index whose last commit cannot be read: a process stopped
    /// while writing its first commit leaves a cut-off segments file (Lucene 4.8 has no pending file).</summary>
    public const string Unreadable = "unreadable";

    /// <summary>The schema of the index's last commit: null when the folder holds no index, "1" for indexes
    /// from before the marker, <see cref="Unreadable"/> when the commit cannot be read.</summary>
    public static string? Of(Directory directory)
    {
        if (!DirectoryReader.IndexExists(directory)) return null;
        var commit = new SegmentInfos();
        try
        {
            commit.Read(directory);
        }
        catch (IOException)
        {
            return Unreadable;
        }
        return commit.UserData.TryGetValue(Key, out var version) ? version : "1";
    }
}

/// <summary>The index on disk cannot be searched as it is (built by an older version, or its last commit
/// cut off) and must be rebuilt from the records; the index is derived data, nothing else is lost.</summary>
public sealed class IndexNeedsRebuildException(string path, string found) : Exception(
    (found == IndexSchema.Unreadable
        ? $"The index at {path} cannot be read: its last commit is incomplete or damaged (the program was stopped while writing it?)."
        : $"The index at {path} was built by an older version of Extraction (schema {found}, this version reads {IndexSchema.Current}).")
    + " Rebuild it from the records with: extraction index --records DIR");
