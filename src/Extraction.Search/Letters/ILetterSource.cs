using Extraction.Records;

namespace Extraction.Search.Letters;

/// <summary>A letter as the search side needs it: its record and the normalised text it was read from
/// (null when only the record was kept).</summary>
public sealed record StoredLetter(LetterRecord Record, string? Text);

/// <summary>The file a letter arrived as, for download.</summary>
public sealed record OriginalFile(string FileName, string MediaType, Func<Stream> Open);

/// <summary>
/// Where letters come from: a folder of records today (<see cref="FolderLetterSource"/>), the archive's
/// catalog and content-addressed store later. The index is always built from these records, never
/// from a second parse.
/// </summary>
public interface ILetterSource
{
    /// <summary>The ids of every letter, in a stable order.</summary>
    IReadOnlyList<string> Ids();

    /// <summary>The letter, or null when there is none with that id.</summary>
    /// <exception cref="LetterSourceException">The letter exists but cannot be read.</exception>
    StoredLetter? Find(string id);

    /// <summary>The original file, or null when it was not kept.</summary>
    OriginalFile? FindOriginal(string id);

    /// <summary>The searchable PDF of a scanned letter (its page images under the text read from them), or null when none was made.</summary>
    OriginalFile? FindSearchablePdf(string id);
}

/// <summary>A letter that exists but cannot be read, with what is wrong and where.</summary>
public sealed class LetterSourceException(string id, string message, Exception? inner = null)
    : Exception($"{id}: {message}", inner)
{
    public string LetterId { get; } = id;
}
