using DocumentFormat.OpenXml.Wordprocessing;

namespace Extraction.Reading.Docx;

/// <summary>
/// The labels Word draws for automatically numbered paragraphs ("1.", "a)", "II."), which are not in the
/// text: counted through the document as Word counts them (per list and level, a deeper level starting
/// again under each new item above it) and written from the level's format and text ("%1.", "%2)").
/// Bullets are written "-". Numbering given only through a paragraph style is not followed.
/// </summary>
internal sealed class DocxListNumbering(Numbering? numbering)
{
    private readonly Dictionary<int, int[]> counters = [];
    private readonly Dictionary<int, List<Level>?> levelsById = [];

    public string? LabelOf(Paragraph paragraph)
    {
        if (numbering is null || paragraph.ParagraphProperties?.NumberingProperties is not { } properties) return null;
        var numberingId = properties.NumberingId?.Val?.Value;
        var level = properties.NumberingLevelReference?.Val?.Value ?? 0;
        if (numberingId is not { } id || id == 0 || level is < 0 or > 8) return null;
        var levels = LevelsOf(id);
        if (levels is null) return null;
        var format = levels.FirstOrDefault(l => l.LevelIndex?.Value == level);
        if (format is null) return null;
        var numberFormat = format.NumberingFormat?.Val?.Value;
        if (numberFormat == NumberFormatValues.Bullet) return "-";
        if (numberFormat == NumberFormatValues.None) return null;

        var count = Counters(id, levels);
        count[level]++;
        for (var deeper = level + 1; deeper < count.Length; deeper++) count[deeper] = StartOf(levels, deeper) - 1;
        var text = format.LevelText?.Val?.Value ?? $"%{level + 1}.";
        for (var shown = 0; shown <= level; shown++)
        {
            var shownFormat = levels.FirstOrDefault(l => l.LevelIndex?.Value == shown)?.NumberingFormat?.Val?.Value;
            text = text.Replace($"%{shown + 1}", Written(Math.Max(count[shown], 1), shownFormat));
        }
        return text.Trim();
    }

    private List<Level>? LevelsOf(int numberingId)
    {
        if (levelsById.TryGetValue(numberingId, out var known)) return known;
        var instance = numbering!.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberingId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var definition = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        return levelsById[numberingId] = definition?.Elements<Level>().ToList();
    }

    private int[] Counters(int numberingId, List<Level> levels)
    {
        if (!counters.TryGetValue(numberingId, out var count))
            counters[numberingId] = count = [.. Enumerable.Range(0, 9).Select(l => StartOf(levels, l) - 1)];
        return count;
    }

    private static int StartOf(List<Level> levels, int level) =>
        levels.FirstOrDefault(l => l.LevelIndex?.Value == level)?.StartNumberingValue?.Val?.Value ?? 1;

    private static string Written(int number, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.LowerLetter) return Letters(number).ToLowerInvariant();
        if (format == NumberFormatValues.UpperLetter) return Letters(number);
        if (format == NumberFormatValues.LowerRoman) return Roman(number).ToLowerInvariant();
        if (format == NumberFormatValues.UpperRoman) return Roman(number);
        return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // Word's letters: a … z, then aa, bb, …
    private static string Letters(int number) => new((char)('A' + (number - 1) % 26), (number - 1) / 26 + 1);

    private static string Roman(int number)
    {
        var result = new System.Text.StringBuilder();
        foreach (var (value, numeral) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            while (number >= value) { result.Append(numeral); number -= value; }
        return result.ToString();
    }
}
