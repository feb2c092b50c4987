using System.Text.Json;
using Extraction.Records;

namespace Extraction.Search.Letters;

/// <summary>
/// Letters as a batch extraction leaves them: <c>DIR/&lt;id&gt;.json</c> (the record) and, when written,
/// <c>DIR/&lt;id&gt;.txt</c> (the normalised text) and, for a scanned letter, <c>DIR/&lt;id&gt;.pdf</c> (its searchable
/// PDF, as <c>export --searchable-pdf DIR</c> writes it). Originals are looked up by the record's
/// <c>source.fileName</c> in an optional originals folder.
/// </summary>
public sealed class FolderLetterSource : ILetterSource
{
    private const string RecordExtension = ".json";
    private const string TextExtension = ".txt";
    private const string SearchablePdfExtension = ".pdf";

    private readonly string recordsDirectory;
    private readonly string? originalsDirectory;

    public FolderLetterSource(string recordsDirectory, string? originalsDirectory = null)
    {
        if (!Directory.Exists(recordsDirectory))
        {
            throw new DirectoryNotFoundException($"The records folder {recordsDirectory} does not exist.");
        }
        this.recordsDirectory = recordsDirectory;
        this.originalsDirectory = originalsDirectory;
    }

    public IReadOnlyList<string> Ids() => Directory.EnumerateFiles(recordsDirectory, "*" + RecordExtension)
        .Select(path => Path.GetFileNameWithoutExtension(path))
        .Order(StringComparer.Ordinal)
        .ToList();

    public StoredLetter? Find(string id)
    {
        if (!IsPlainName(id)) return null;
        var recordPath = Path.Combine(recordsDirectory, id + RecordExtension);
        if (!File.Exists(recordPath)) return null;
        LetterRecord record;
        try
        {
            record = RecordJson.Deserialize(File.ReadAllText(recordPath));
        }
        catch (JsonException error)
        {
            throw new LetterSourceException(id, $"{recordPath} is not a valid record: {error.Message}", error);
        }
        if (string.IsNullOrEmpty(record.Id)) record.Id = id;
        var textPath = Path.Combine(recordsDirectory, id + TextExtension);
        return new StoredLetter(record, File.Exists(textPath) ? File.ReadAllText(textPath) : null);
    }

    public OriginalFile? FindOriginal(string id)
    {
        if (originalsDirectory is null) return null;
        var record = Find(id)?.Record;
        var fileName = record?.Source.FileName;
        if (string.IsNullOrEmpty(fileName) || !IsPlainName(fileName)) return null;
        var path = Path.Combine(originalsDirectory, fileName);
        if (!File.Exists(path)) return null;
        var mediaType = string.IsNullOrEmpty(record!.Source.MediaType) ? "application/octet-stream" : record.Source.MediaType;
        return new OriginalFile(fileName, mediaType, () => File.OpenRead(path));
    }

    public OriginalFile? FindSearchablePdf(string id)
    {
        if (!IsPlainName(id)) return null;
        var path = Path.Combine(recordsDirectory, id + SearchablePdfExtension);
        return File.Exists(path) ? new OriginalFile(id + SearchablePdfExtension, "application/pdf", () => File.OpenRead(path)) : null;
    }

    // An id or file name from a URL must not walk out of the folder ("../../etc/passwd").
    private static bool IsPlainName(string name) =>
        name.Length > 0 && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && name is not ("." or "..");
}
