using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Extraction.Text.Legacy;

namespace Extraction.Reading.Docx;

/// <summary>
/// Reads a Word .docx: body paragraphs and tables in document order, one line per paragraph (and per
/// manual line break). A two-column table (how letters lay out issuer | motto and number | place-date)
/// is read as column blocks, every left cell before every right cell, like the PDF reader's columns;
/// in other tables a row of three or more filled cells is one line "| a | b | c |".
/// Automatic list numbers are written before their paragraphs (<see cref="DocxListNumbering"/>).
/// Page headers and footers are not part of the letter and are left out. Runs set in a legacy
/// Vietnamese font (.VnTime, VNI-Times) are converted to Unicode.
/// </summary>
public sealed class DocxLetterReader
{
    public static readonly DocxLetterReader Instance = new();

    public ReadDocument Read(string path)
    {
        try
        {
            using var document = WordprocessingDocument.Open(path, isEditable: false);
            if (document.MainDocumentPart?.Document?.Body is not { } body)
                throw new LetterReadException(ReadFailureKind.Corrupt, "The Word file has no document body; it may be a template or damaged.");
            var fonts = new DocxRunFonts(document.MainDocumentPart.StyleDefinitionsPart?.Styles);
            var numbering = new DocxListNumbering(document.MainDocumentPart.NumberingDefinitionsPart?.Numbering);
            var lines = new List<TextLine>();
            ReadBlocks(body.ChildElements, fonts, numbering, lines);
            return new ReadDocument
            {
                MediaType = FileSniffer.MediaTypeOf(FileKind.Docx),
                Pages = [new PageText(1, lines)],
                Notes = fonts.LegacyFound.Order().Select(LegacyTextRepair.Note).ToList(),
            };
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException)
        {
            throw new LetterReadException(ReadFailureKind.Corrupt,
                "The Word file is damaged or incomplete and could not be opened; open and re-save it in Word, or get it again from its sender.", e);
        }
    }

    private static void ReadBlocks(IEnumerable<OpenXmlElement> blocks, DocxRunFonts fonts, DocxListNumbering numbering, List<TextLine> lines)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    var label = numbering.LabelOf(paragraph);
                    lines.AddRange(DocxParagraphText.Lines(paragraph, fonts).Select((t, i) => new TextLine(i == 0 && label is not null ? label + " " + t : t, LineOrigin.Text)));
                    break;
                case Table table:
                    ReadTable(table, fonts, numbering, lines);
                    break;
                case SdtBlock content when content.SdtContentBlock is { } inner:
                    ReadBlocks(inner.ChildElements, fonts, numbering, lines);
                    break;
            }
        }
    }

    private static void ReadTable(Table table, DocxRunFonts fonts, DocxListNumbering numbering, List<TextLine> lines)
    {
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).Where(r => r.Count > 0).ToList();
        if (rows.All(r => r.Count == 2))
        {
            foreach (var cell in rows.Select(r => r[0]).Concat(rows.Select(r => r[1]))) ReadBlocks(cell.ChildElements, fonts, numbering, lines);
            return;
        }
        foreach (var row in rows)
        {
            var texts = row.Select(c => string.Join(' ', c.Descendants<Paragraph>().SelectMany(p => DocxParagraphText.Lines(p, fonts)))).ToList();
            // A row of three or more filled cells (a plan's table of tasks) is one line, its cells
            // between bars as markdown writes them; a layout row with a blank spacer cell is read cell by cell.
            if (texts.Count(t => t.Length > 0) >= 3) lines.Add(new TextLine("| " + string.Join(" | ", texts) + " |", LineOrigin.Text));
            else foreach (var cell in row) ReadBlocks(cell.ChildElements, fonts, numbering, lines);
        }
    }
}
