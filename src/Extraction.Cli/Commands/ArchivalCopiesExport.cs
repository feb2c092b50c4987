using Extraction.Archival;
using Extraction.Archive;
using Extraction.Archive.Catalog;
using Extraction.Reading.Ocr;

namespace Extraction.Cli.Commands;

/// <summary>The searchable PDF (<c>&lt;id&gt;.pdf</c>) and ALTO file (<c>&lt;id&gt;.alto.xml</c>) of every current scanned
/// letter in the archive, made from its original and the words its recognition pass read: nothing is recognised again.</summary>
internal sealed class ArchivalCopiesExport(ArchiveLayout layout, string? pdfDirectory, string? altoDirectory)
{
    private readonly SearchablePdf searchablePdf = new(new OcrOptions());

    public bool IsWanted => pdfDirectory is not null || altoDirectory is not null;

    /// <summary>Writes the copies and returns how many letters got them; a letter that cannot be copied is reported and skipped.</summary>
    public int Write(CatalogReader reader, TextWriter errors)
    {
        if (pdfDirectory is not null) Directory.CreateDirectory(pdfDirectory);
        if (altoDirectory is not null) Directory.CreateDirectory(altoDirectory);
        var count = 0;
        foreach (var letter in reader.ScannedLetters())
        {
            try
            {
                if (pdfDirectory is not null)
                    WriteAtomically(Path.Combine(pdfDirectory, letter.LetterId + ".pdf"), searchablePdf.Build(layout.OriginalPath(letter.Sha256), letter.RecognisedPages));
                if (altoDirectory is not null)
                    WriteAtomically(Path.Combine(altoDirectory, letter.LetterId + ".alto.xml"), AltoXml.Write(letter.FileName, letter.RecognisedPages));
                count++;
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or InvalidDataException)
            {
                errors.WriteLine($"{letter.LetterId} ({letter.FileName}): no searchable PDF or ALTO: {e.Message}");
            }
        }
        return count;
    }

    private static void WriteAtomically(string path, byte[] content)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}
