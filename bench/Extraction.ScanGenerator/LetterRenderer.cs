using SkiaSharp;

namespace Extraction.ScanGenerator;

/// <summary>A rendered page and, on the last page, where the signature goes (in pixels).</summary>
public sealed record RenderedPage(SKBitmap Bitmap, SKRect? SignatureArea) : IDisposable
{
    public void Dispose() => Bitmap.Dispose();
}

/// <summary>
/// Sets a <see cref="LetterLayout"/> on A4 pages in Liberation Serif (metric-compatible with Times
/// New Roman, with Vietnamese glyphs), as a clean print at the given resolution. Coordinates are
/// in points (1/72 inch) and scaled to pixels by the canvas.
/// </summary>
public sealed class LetterRenderer : IDisposable
{
    public const float PageWidth = 595, PageHeight = 842;
    private const float MarginLeft = 85, MarginRight = 57, MarginTop = 50, MarginBottom = 57;
    private const string FontFolder = "/usr/share/fonts/truetype/liberation2";

    private readonly Dictionary<LineStyle, SKFont> fonts;
    private readonly SKTypeface[] typefaces;
    private readonly IHandwriting? handwriting;

    /// <param name="handwriting">Writes the digits of blanks marked in the text (<see cref="HandwrittenBlank"/>);
    /// without it they are printed.</param>
    public LetterRenderer(IHandwriting? handwriting = null)
    {
        this.handwriting = handwriting;
        var regular = Typeface("LiberationSerif-Regular.ttf");
        var bold = Typeface("LiberationSerif-Bold.ttf");
        var italic = Typeface("LiberationSerif-Italic.ttf");
        var boldItalic = Typeface("LiberationSerif-BoldItalic.ttf");
        typefaces = [regular, bold, italic, boldItalic];
        fonts = new()
        {
            [LineStyle.Plain] = new SKFont(regular, 12.5f),
            [LineStyle.Bold] = new SKFont(bold, 12.5f),
            [LineStyle.Italic] = new SKFont(italic, 13),
            [LineStyle.Small] = new SKFont(regular, 11),
            [LineStyle.SmallBoldItalic] = new SKFont(boldItalic, 12),
            [LineStyle.ListItem] = new SKFont(regular, 14),
            [LineStyle.Paragraph] = new SKFont(regular, 14),
        };
    }

    public List<RenderedPage> Render(LetterLayout layout, int dpi)
    {
        var pages = new List<RenderedPage>();
        var writer = new PageWriter(dpi, pages);
        var top = DrawHeader(writer, layout);
        writer.Y = top + 24;
        foreach (var line in layout.Body) DrawBodyLine(writer, line);
        DrawSignature(writer, layout);
        writer.Finish();
        return pages;
    }

    private float DrawHeader(PageWriter writer, LetterLayout layout)
    {
        var canvas = writer.Canvas;
        // As printed: the issuer column narrow on the left, the motto centred over the right half.
        float leftCentre = MarginLeft + 55, rightCentre = PageWidth - MarginRight - 140;
        var y = MarginTop;
        var numberRow = MarginTop;
        const float leftColumnWidth = 200;
        foreach (var line in layout.HeaderLeft.Concat(layout.Subject))
        {
            var font = fonts[line.Style];
            foreach (var wrapped in Wrap(line.Text, font, leftColumnWidth, leftColumnWidth))
            {
                y += font.Size * 1.3f;
                if (wrapped.StartsWith("Số")) { y += 8; numberRow = y; }
                DrawCentred(canvas, wrapped, leftCentre, y, font);
            }
        }
        var rightY = MarginTop;
        foreach (var line in layout.HeaderRight)
        {
            var font = fonts[line.Style];
            rightY = line.Style == LineStyle.Italic ? Math.Max(rightY + font.Size * 1.3f, numberRow) : rightY + font.Size * 1.3f;
            DrawCentred(canvas, line.Text, rightCentre, rightY, font);
        }
        return Math.Max(y, rightY);
    }

    private void DrawCentred(SKCanvas canvas, string text, float centre, float baseline, SKFont font) =>
        DrawFrom(canvas, text, centre - font.MeasureText(HandwrittenBlank.Split(text).Printed) / 2, baseline, font);

    // A line, with the digits of any marked blank written in by hand (or printed without a hand).
    private void DrawFrom(SKCanvas canvas, string text, float left, float baseline, SKFont font)
    {
        var (printed, blanks) = HandwrittenBlank.Split(text);
        canvas.DrawText(printed, left, baseline, SKTextAlign.Left, font, Ink);
        foreach (var (start, length, digits) in blanks)
        {
            var x = left + font.MeasureText(printed[..start]);
            var area = new SKRect(x, baseline - font.Size * 0.8f, x + font.MeasureText(printed.Substring(start, length)), baseline + font.Size * 0.1f);
            if (handwriting is not null) handwriting.Draw(canvas, area, digits);
            else canvas.DrawText(digits, area.MidX, baseline, SKTextAlign.Center, font, Ink);
        }
    }

    private void DrawBodyLine(PageWriter writer, StyledLine line)
    {
        var font = fonts[line.Style];
        var indent = line.Style == LineStyle.ListItem ? (line.Text.StartsWith('-') ? 100f : 60f) : 36f;
        var width = PageWidth - MarginLeft - MarginRight;
        var first = true;
        foreach (var wrapped in Wrap(line.Text, font, width - indent, width))
        {
            writer.NewLine(font.Size * 1.4f);
            DrawFrom(writer.Canvas, wrapped, MarginLeft + (first ? indent : 0), writer.Y, font);
            first = false;
        }
        writer.Y += 4;
    }

    private void DrawSignature(PageWriter writer, LetterLayout layout)
    {
        var leftHeight = layout.SignatureLeft.Sum(l => fonts[l.Style].Size * 1.3f);
        const float signatureGap = 80;
        var rightHeight = layout.SignatureRight.Sum(l => fonts[l.Style].Size * 1.4f) + signatureGap;
        writer.EnsureRoom(Math.Max(leftHeight, rightHeight) + 20);
        var top = writer.Y + 16;
        var y = top;
        foreach (var line in layout.SignatureLeft)
        {
            y += fonts[line.Style].Size * 1.3f;
            writer.Canvas.DrawText(line.Text, MarginLeft - 20, y, SKTextAlign.Left, fonts[line.Style], Ink);
        }
        var rightCentre = PageWidth - MarginRight - 120;
        y = top;
        SKRect? signature = null;
        for (var i = 0; i < layout.SignatureRight.Count; i++)
        {
            var font = fonts[layout.SignatureRight[i].Style];
            if (i == layout.SignatureRight.Count - 1 && i > 0)
            {
                signature = new SKRect(rightCentre - 90, y + 4, rightCentre + 90, y + signatureGap);
                y += signatureGap;
            }
            y += font.Size * 1.4f;
            writer.Canvas.DrawText(layout.SignatureRight[i].Text, rightCentre, y, SKTextAlign.Center, font, Ink);
        }
        writer.SignatureArea = signature;
    }

    private static IEnumerable<string> Wrap(string text, SKFont font, float firstWidth, float width)
    {
        var line = "";
        var limit = firstWidth;
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > limit)
            {
                yield return line;
                line = word;
                limit = width;
            }
            else line = candidate;
        }
        if (line.Length > 0) yield return line;
    }

    private static readonly SKPaint Ink = new() { Color = new SKColor(20, 20, 20), IsAntialias = true };

    // Liberation 2 has the Vietnamese letters; version 1 (fonts-liberation) silently draws nothing for "Ủ", "ả".
    private static SKTypeface Typeface(string file)
    {
        var typeface = SKTypeface.FromFile(Path.Combine(FontFolder, file));
        using var probe = typeface is null ? null : new SKFont(typeface);
        if (probe is null || !probe.ContainsGlyphs("ỦảẫỗữỹĐđ"))
            throw new FileNotFoundException($"Font {file} with Vietnamese letters not found in {FontFolder}; install it with: apt-get install fonts-liberation2");
        return typeface!;
    }

    public void Dispose()
    {
        foreach (var font in fonts.Values) font.Dispose();
        foreach (var typeface in typefaces) typeface.Dispose();
    }

    /// <summary>Lays lines down a page and starts a new page when one is full.</summary>
    private sealed class PageWriter(int dpi, List<RenderedPage> pages)
    {
        private SKBitmap? bitmap;
        private SKCanvas? canvas;

        public float Y { get; set; }
        public SKRect? SignatureArea { get; set; }
        public SKCanvas Canvas => canvas ?? StartPage();

        public void NewLine(float height)
        {
            EnsureRoom(height);
            Y += height;
        }

        public void EnsureRoom(float height)
        {
            if (canvas is null) StartPage();
            else if (Y + height > PageHeight - MarginBottom) { EndPage(); StartPage(); }
        }

        public void Finish() => EndPage();

        private SKCanvas StartPage()
        {
            var scale = dpi / 72f;
            bitmap = new SKBitmap((int)Math.Round(PageWidth / 72 * dpi), (int)Math.Round(PageHeight / 72 * dpi), SKColorType.Rgba8888, SKAlphaType.Premul);
            canvas = new SKCanvas(bitmap);
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            Y = MarginTop;
            SignatureArea = null;
            return canvas;
        }

        private void EndPage()
        {
            if (canvas is null || bitmap is null) return;
            canvas.Dispose();
            var scale = dpi / 72f;
            var area = SignatureArea is { } a ? new SKRect(a.Left * scale, a.Top * scale, a.Right * scale, a.Bottom * scale) : (SKRect?)null;
            pages.Add(new RenderedPage(bitmap, area));
            canvas = null;
            bitmap = null;
        }
    }
}
