using DocumentFormat.OpenXml.Wordprocessing;
using Extraction.Text.Legacy;

namespace Extraction.Reading.Docx;

/// <summary>The font a run is drawn in: its own, else its paragraph style's (following basedOn), else
/// the document default. Also collects the legacy encodings met while reading.</summary>
internal sealed class DocxRunFonts(Styles? styles)
{
    public HashSet<LegacyEncoding> LegacyFound { get; } = [];

    public string? FontOf(Run run, Paragraph paragraph) =>
        NameOf(run.RunProperties?.RunFonts)
        ?? StyleFont(run.RunProperties?.RunStyle?.Val?.Value)
        ?? StyleFont(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value)
        ?? NameOf(styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.RunFonts);

    private string? StyleFont(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < 10; depth++)
        {
            var style = styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            if (style is null) return null;
            if (NameOf(style.StyleRunProperties?.RunFonts) is { } font) return font;
            styleId = style.BasedOn?.Val?.Value;
        }
        return null;
    }

    private static string? NameOf(RunFonts? fonts) => fonts?.HighAnsi?.Value ?? fonts?.Ascii?.Value;
}
