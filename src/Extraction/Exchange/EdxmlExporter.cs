using System.Text;
using System.Xml;
using Extraction.Records;

namespace Extraction.Exchange;

public sealed class EdxmlExportOptions
{
    /// <summary>The path of the file a record was extracted from, or null when it cannot be found;
    /// that file is attached to the envelope. Without it the envelope carries the header alone.</summary>
    public Func<LetterRecord, string?>? FindOriginal { get; init; }
}

/// <summary>Writes one edXML message per letter record, <c>&lt;id&gt;.edxml</c>, and reports every
/// value that does not fit the standard.</summary>
public static class EdxmlExporter
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    public static ExportReport Write(IEnumerable<LetterRecord> records, string directory, EdxmlExportOptions? options = null)
    {
        Directory.CreateDirectory(directory);
        var letters = new List<ExportedLetter>();
        foreach (var record in records)
        {
            var warnings = new List<ExportWarning>();
            var header = EdxmlHeaderBuilder.Build(record, warnings);
            var attachment = Original(record, options, warnings);
            var path = Path.Combine(directory, record.Id + Edxml.FileExtension);
            Save(EdxmlWriter.Write(header, attachment), path);
            letters.Add(new ExportedLetter(record.Id, path, warnings));
        }
        return new ExportReport(letters);
    }

    private static EdxmlAttachment? Original(LetterRecord record, EdxmlExportOptions? options, List<ExportWarning> warnings)
    {
        if (options?.FindOriginal?.Invoke(record) is { } path) return EdxmlAttachment.FromFile(path);
        warnings.Add(new ExportWarning("AttachmentEncoded", ExportWarningCodes.NoAttachment,
            $"The letter file {record.Source.FileName} (SHA-256 {record.Source.Sha256}) was not found, so the envelope carries the header without the letter."));
        return null;
    }

    /// <summary>Written to a temporary name and moved, so a reader never sees half a message.</summary>
    private static void Save(System.Xml.Linq.XDocument document, string path)
    {
        var temporary = path + ".tmp";
        using (var writer = XmlWriter.Create(temporary, Settings)) document.Save(writer);
        File.Move(temporary, path, overwrite: true);
    }
}
