namespace Extraction.Reading.Pdf;

/// <summary>A word on a page, origin top-left, in points: what the layout works on.</summary>
/// <param name="FilledIn">Drawn by a form field into a blank of the text ("Số: 507", "ngày 24"): always spaced from its neighbours.</param>
public sealed record PlacedWord(string Text, double Left, double Right, double Top, double Bottom, double Baseline, double FontSize, bool FilledIn = false)
{
    /// <summary>Words of one line, left to right, as one; a space goes between words unless they touch
    /// (PdfPig splits "đến." into "đến" and "." when the full stop is drawn separately).</summary>
    public static PlacedWord Merge(IReadOnlyList<PlacedWord> words) => new(
        string.Concat(words.Select((w, i) => i > 0 && Spaced(words[i - 1], w) ? " " + w.Text : w.Text)),
        words.Min(w => w.Left), words.Max(w => w.Right), words.Min(w => w.Top), words.Max(w => w.Bottom),
        words[0].Baseline, words.Max(w => w.FontSize));

    private static bool Spaced(PlacedWord left, PlacedWord right) =>
        left.FilledIn || right.FilledIn || right.Left - left.Right >= 0.08 * Math.Max(left.FontSize, right.FontSize);

    public Box ToBox() => new(Left, Top, Right - Left, Bottom - Top);
}
