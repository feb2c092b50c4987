using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Extraction.Registers;

/// <summary>Registers as an .xlsx workbook, one sheet each, laid out as the printed register: title
/// and year, the headings with their column numbers (1), (2)..., then the letters. Printed landscape
/// on A4, one page wide, headings repeated on every page.</summary>
public static class RegisterWorkbook
{
    public const int HeadingRow = 3;
    public const int FirstLetterRow = 5;

    public static void Write(string path, IReadOnlyList<RegisterTable> tables)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = RegisterStyles.Create();
        var strings = new SharedStrings();
        var sheets = new Sheets();
        var printTitles = new DefinedNames();
        for (var i = 0; i < tables.Count; i++)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = Worksheet(tables[i], strings);
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = tables[i].SheetName });
            printTitles.Append(new DefinedName($"'{tables[i].SheetName}'!${HeadingRow}:${HeadingRow + 1}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
        }
        workbook.Workbook.Append(sheets, printTitles);
        workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Table;
    }

    private static Worksheet Worksheet(RegisterTable table, SharedStrings strings)
    {
        var last = ColumnName(table.Columns.Count);
        var data = new SheetData(
            Row(1, [(table.Title, RegisterStyles.Title)], strings, TitleHeight),
            Row(2, [($"Năm {table.Year}", RegisterStyles.Subtitle)], strings),
            Row(HeadingRow, table.Columns.Select(c => (c.Heading, RegisterStyles.Heading)), strings, HeightFor(table.Columns.Select(c => c.Heading), table.Columns, HeadingCharactersPerWidth)),
            Row(HeadingRow + 1, table.Columns.Select((_, i) => ($"({i + 1})", RegisterStyles.ColumnNumber)), strings));
        for (var i = 0; i < table.Rows.Count; i++) data.Append(LetterRow((uint)(FirstLetterRow + i), table.Rows[i], table.Columns, strings));

        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = FirstLetterRow - 1, TopLeftCell = $"A{FirstLetterRow}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }),
            new Columns(table.Columns.Select((c, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true })),
            data,
            new MergeCells(new MergeCell { Reference = $"A1:{last}1" }, new MergeCell { Reference = $"A2:{last}2" }) { Count = 2 },
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.6, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
    }

    private static Row Row(uint number, IEnumerable<(string Text, uint Style)> cells, SharedStrings strings, double? height = null)
    {
        var row = new Row(cells.Select((cell, i) => TextCell(Reference(i, number), cell.Text, cell.Style, strings))) { RowIndex = number };
        if (height is { } points) (row.Height, row.CustomHeight) = (points, true);
        return row;
    }

    private static Row LetterRow(uint number, IReadOnlyList<RegisterCell> cells, IReadOnlyList<RegisterColumn> columns, SharedStrings strings) =>
        new(cells.Select((cell, i) => cell switch
        {
            { Date: { } date } => new Cell
            {
                CellReference = Reference(i, number), StyleIndex = RegisterStyles.Date,
                CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()),
            },
            { Number: { } value } => new Cell
            {
                CellReference = Reference(i, number), StyleIndex = RegisterStyles.Centered, CellValue = new CellValue(value),
            },
            _ => TextCell(Reference(i, number), cell.Text, cell.Centered ? RegisterStyles.Centered : RegisterStyles.Text, strings),
        })) { RowIndex = number, Height = HeightFor(cells.Select(c => c.Text), columns, TextCharactersPerWidth), CustomHeight = true };

    // Not every spreadsheet program fits a row to its wrapped text when it opens a file, so each row
    // is given the height of its longest cell. A column's width counts digits; Vietnamese text in
    // Times New Roman fits about 1.2 characters per digit (measured on LibreOffice's print), bold headings about 1.
    private const double LineHeight = 16;
    private const double TitleHeight = 22;
    private const double TextCharactersPerWidth = 1.15;
    private const double HeadingCharactersPerWidth = 1.0;

    private static double HeightFor(IEnumerable<string> texts, IReadOnlyList<RegisterColumn> columns, double charactersPerWidth) =>
        LineHeight * texts.Select((text, i) => Math.Max(1, (int)Math.Ceiling(text.Length / (columns[i].Width * charactersPerWidth)))).Max();

    private static Cell TextCell(string reference, string text, uint style, SharedStrings strings) => new()
    {
        CellReference = reference,
        StyleIndex = style,
        DataType = CellValues.SharedString,
        CellValue = new CellValue(strings.IndexOf(text)),
    };

    private static string Reference(int columnIndex, uint row) => ColumnName(columnIndex + 1) + row;

    private static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }

    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = [];
        public SharedStringTable Table { get; } = new();

        public int IndexOf(string text)
        {
            if (_index.TryGetValue(text, out var index)) return index;
            Table.Append(new SharedStringItem(new SheetText(text) { Space = SpaceProcessingModeValues.Preserve }));
            return _index[text] = _index.Count;
        }
    }
}
