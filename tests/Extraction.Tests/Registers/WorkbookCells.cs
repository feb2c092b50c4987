using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Extraction.Tests.Registers;

/// <summary>Reads an .xlsx back the way a spreadsheet program does: shared strings resolved, and a
/// number styled with a date format read as that date.</summary>
internal sealed record SheetCell(string Text, DateOnly? Date, string? DateFormat);

internal static class WorkbookCells
{
    public static IReadOnlyList<string> SheetNames(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        return document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
    }

    /// <summary>Row number → the row's cells in column order.</summary>
    public static Dictionary<int, IReadOnlyList<SheetCell>> Rows(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        var formats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var formatCodes = stylesheet.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        return worksheet.Descendants<Row>().ToDictionary(r => (int)r.RowIndex!.Value, r => (IReadOnlyList<SheetCell>)r.Elements<Cell>().Select(cell =>
        {
            var raw = cell.CellValue?.Text ?? "";
            if (cell.DataType?.Value == CellValues.SharedString) return new SheetCell(strings[int.Parse(raw)], null, null);
            var format = formats[(int)(cell.StyleIndex?.Value ?? 0)].NumberFormatId?.Value ?? 0;
            return formatCodes.TryGetValue(format, out var code) && code.Contains("yy")
                ? new SheetCell(raw, DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(raw, System.Globalization.CultureInfo.InvariantCulture))), code)
                : new SheetCell(raw, null, null);
        }).ToList());
    }

    public static IReadOnlyList<double> ColumnWidths(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
    }
}
