using DocumentFormat.OpenXml.Spreadsheet;

namespace Extraction.Registers;

/// <summary>The workbook's cell styles: Times New Roman as Decree 30 prescribes for documents,
/// bordered cells that wrap, dates shown dd/MM/yyyy.</summary>
internal static class RegisterStyles
{
    public const uint Title = 1;
    public const uint Subtitle = 2;
    public const uint Heading = 3;
    public const uint ColumnNumber = 4;
    public const uint Text = 5;
    public const uint Date = 6;
    /// <summary>Numbers and partial dates: bordered, centred.</summary>
    public const uint Centered = 7;

    /// <summary>The first id free for custom number formats.</summary>
    public const uint DateFormatId = 164;
    public const string DateFormatCode = "dd/mm/yyyy";

    private const string FontName = "Times New Roman";

    public static Stylesheet Create() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = DateFormatCode }) { Count = 1 },
        new Fonts(Font(12), Font(12, bold: true), Font(14, bold: true), Font(11, italic: true)) { Count = 4 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(), ThinBorder()) { Count = 2 },
        new CellFormats(
            new CellFormat(),
            Format(font: 2, bordered: false, HorizontalAlignmentValues.Center),
            Format(font: 0, bordered: false, HorizontalAlignmentValues.Center),
            Format(font: 1, bordered: true, HorizontalAlignmentValues.Center),
            Format(font: 3, bordered: true, HorizontalAlignmentValues.Center),
            Format(font: 0, bordered: true, HorizontalAlignmentValues.Left),
            Format(font: 0, bordered: true, HorizontalAlignmentValues.Center, DateFormatId),
            Format(font: 0, bordered: true, HorizontalAlignmentValues.Center)) { Count = 8 });

    private static Font Font(double size, bool bold = false, bool italic = false)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        if (italic) font.Append(new Italic());
        font.Append(new FontSize { Val = size }, new DocumentFormat.OpenXml.Spreadsheet.FontName { Val = FontName });
        return font;
    }

    private static Border ThinBorder() => new(
        new LeftBorder { Style = BorderStyleValues.Thin },
        new RightBorder { Style = BorderStyleValues.Thin },
        new TopBorder { Style = BorderStyleValues.Thin },
        new BottomBorder { Style = BorderStyleValues.Thin },
        new DiagonalBorder());

    private static CellFormat Format(uint font, bool bordered, HorizontalAlignmentValues horizontal, uint numberFormat = 0) => new(
        new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Top, WrapText = true })
    {
        FontId = font,
        FillId = 0,
        BorderId = bordered ? 1u : 0u,
        NumberFormatId = numberFormat,
        ApplyFont = true,
        ApplyBorder = bordered,
        ApplyAlignment = true,
        ApplyNumberFormat = numberFormat != 0,
    };
}
