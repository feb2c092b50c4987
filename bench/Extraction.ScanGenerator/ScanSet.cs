using SkiaSharp;

namespace Extraction.ScanGenerator;

/// <summary>A corpus letter rendered and scanned: its pages and the text an ideal reading gives.</summary>
public sealed class ScannedLetter(IReadOnlyList<SKBitmap> pages, string readingText) : IDisposable
{
    public IReadOnlyList<SKBitmap> Pages { get; } = pages;
    public string ReadingText { get; } = readingText;

    /// <summary>Renders a letter's text and scans it with a profile; <paramref name="handwriting"/> writes
    /// the digits of blanks the text marks (<see cref="HandwrittenBlank"/>).</summary>
    public static ScannedLetter Make(string letterText, ScanProfile profile, int seed, IHandwriting? handwriting = null)
    {
        var layout = LetterLayout.FromText(letterText);
        using var renderer = new LetterRenderer(handwriting);
        var rendered = renderer.Render(layout, profile.Dpi);
        var degrader = new ScanDegrader(seed);
        var pages = rendered.Select((page, i) => degrader.Degrade(page, profile, i)).ToList();
        foreach (var page in rendered) page.Dispose();
        return new ScannedLetter(pages, layout.ReadingText);
    }

    public void WritePdf(string path, ScanProfile profile) =>
        ScanFiles.WritePdf(path, Pages.Select(p => ScanFiles.Encode(p, profile)));

    public void Dispose()
    {
        foreach (var page in Pages) page.Dispose();
    }
}
