using System.Text.RegularExpressions;

namespace Extraction.Reading.Pdf;

/// <summary>Removes page numbers ("2", "- 2 -", "Trang 2/5") and running headers or footers (the same
/// line at the top or bottom of many pages) from PDF pages.</summary>
public static partial class PageFurniture
{
    // Share of the page height, from the top or bottom edge, where page numbers and running lines sit.
    private const double MarginShare = 0.12;
    private const int RunningLineMinimumPages = 3;

    public static IReadOnlyList<PageText> Remove(IReadOnlyList<PageText> pages)
    {
        var running = RunningLines(pages);
        return pages.Select(p => p with
        {
            Lines = p.Lines.Where(l => !(InMargin(l, p) && (PageNumber().IsMatch(l.Text.Trim()) || running.Contains(Masked(l.Text))))).ToList(),
        }).ToList();
    }

    private static HashSet<string> RunningLines(IReadOnlyList<PageText> pages)
    {
        var counts = pages
            .SelectMany(p => p.Lines.Where(l => InMargin(l, p)).Select(l => Masked(l.Text)).Distinct())
            .Where(t => t.Length > 0)
            .CountBy(t => t);
        var needed = Math.Max(RunningLineMinimumPages, (pages.Count + 1) / 2);
        return counts.Where(c => c.Value >= needed).Select(c => c.Key).ToHashSet();
    }

    private static bool InMargin(TextLine line, PageText page)
    {
        if (line.Box is not { } box || page.Height <= 0 || line.Origin != LineOrigin.PdfText) return false;
        return box.Top + box.Height <= page.Height * MarginShare || box.Top >= page.Height * (1 - MarginShare);
    }

    // Page numbers differ from page to page; compare running lines with their digits masked.
    private static string Masked(string text) => Digits().Replace(text.Trim(), "#");

    [GeneratedRegex(@"^(?:[-–—]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–—])?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
