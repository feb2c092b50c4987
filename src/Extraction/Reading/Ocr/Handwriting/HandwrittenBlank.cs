using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Reading.Ocr.Handwriting;

/// <summary>The parts of a letter's first page that are printed blank and filled in by hand once the
/// letter is signed: the number in "Số: ..../UBND-KTTH" and the day (sometimes the month) in
/// "Quảng Ngãi, ngày .. tháng .. năm 2025".</summary>
internal enum BlankKind { Number, Day, Month }

/// <summary>
/// One such blank on a recognised line: the glyphs Tesseract read inside it (to be replaced), and the
/// rectangle of the image between the printed words around it.
/// </summary>
/// <param name="FirstGlyph">Index, in the line's glyphs, of the first glyph inside the blank.</param>
/// <param name="EndGlyph">Index of the printed glyph that closes the blank ("/", "t" of tháng, "n" of năm).</param>
/// <param name="Left">Right edge of the printed glyph before the blank.</param>
/// <param name="Right">Left edge of the printed glyph after it.</param>
/// <param name="PrintedTop">Top of the printed words on either side.</param>
/// <param name="PrintedBottom">Bottom of the printed words on either side.</param>
internal sealed record HandwrittenBlank(BlankKind Kind, int LineIndex, int FirstGlyph, int EndGlyph,
    double Left, double Right, double PrintedTop, double PrintedBottom)
{
    public double PrintedHeight => PrintedBottom - PrintedTop;
}

/// <summary>Finds the number and date blanks on the lines of a first page, from the glyphs around them.
/// The printed words are read well; what Tesseract makes of the handwriting between them ("Só:4@`",
/// "ngày0P") is what gets replaced.</summary>
internal static class HandwrittenBlanks
{
    // On the glyphs folded to lower case without diacritics, one character per glyph.
    private static readonly Regex NumberLine = new(@"^s[o0]\s*[:;.]?", RegexOptions.CultureInvariant);
    // The place and date line: a place name and its comma, then the date, the printed year ending the line
    // ("Quảng Ngãi, ngày .. tháng .. năm 2025"); body lines citing a date ("Báo cáo số 139/BC-UBND ngày 23
    // tháng 4 năm 2026;") have digits before "ngày" or no comma.
    private static readonly Regex DateLine = new(@"^[^0-9]{2,40},\s*ngay(?<day>.*?)thang(?<month>.*?)nam\s*[0-9]{4}\W*$", RegexOptions.CultureInvariant);
    // The number and place-date lines sit in the letterhead, in the top part of the first page.
    private const double HeaderShareOfPage = 0.45;

    public static IReadOnlyList<HandwrittenBlank> Find(IReadOnlyList<OcrLine> lines, double pageHeight)
    {
        var blanks = new List<HandwrittenBlank>();
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (line.Box.Top > pageHeight * HeaderShareOfPage) continue;
            var glyphs = GlyphsOf(line);
            var folded = string.Concat(glyphs.Select(g => VietnameseText.FoldLowerChar(g.Text[0])));
            if (!blanks.Any(b => b.Kind == BlankKind.Number) && NumberLine.Match(folded) is { Success: true } number
                && NotationStart(folded, number.Length) is var notation and > 0)
            {
                blanks.Add(Between(BlankKind.Number, index, glyphs, 0, number.Length, notation, notation + 1));
            }
            else if (!blanks.Any(b => b.Kind == BlankKind.Day) && DateLine.Match(folded) is { Success: true } date)
            {
                var day = date.Groups["day"];
                var month = date.Groups["month"];
                blanks.Add(Between(BlankKind.Day, index, glyphs, date.Index, day.Index, day.Index + day.Length, month.Index));
                blanks.Add(Between(BlankKind.Month, index, glyphs, day.Index + day.Length, month.Index, month.Index + month.Length, month.Index + month.Length + 3));
            }
        }
        return blanks;
    }

    /// <summary>Where the notation begins: the first "/" or "-" followed by two plain letters ("/UBND-KTTH",
    /// "-KH/TU" of a party letter's "53-KH/TU"), not a handwritten "1" Tesseract read as "/" ("4/3 /CT-UBND")
    /// or a slash before what it made of the digits ("/H£% /QLCS-TS", "/ØŠ” /QĐ-ĐHV"); failing that, the
    /// first "/".</summary>
    private static int NotationStart(string folded, int from)
    {
        for (var i = from; i + 2 < folded.Length; i++)
            if (folded[i] is '/' or '-' && char.IsAsciiLetterLower(folded[i + 1]) && char.IsAsciiLetterLower(folded[i + 2])) return i;
        return folded.IndexOf('/', from);
    }

    /// <summary>The glyphs of a line in reading order, as one sequence across its words.</summary>
    public static List<OcrGlyph> GlyphsOf(OcrLine line) => [.. line.Words.SelectMany(w => w.Glyphs)];

    // The printed words before the blank are glyphs [before, start), the one after starts at end and
    // runs to afterEnd; their heights give the band the handwriting is looked for around.
    private static HandwrittenBlank Between(BlankKind kind, int line, List<OcrGlyph> glyphs, int before, int start, int end, int afterEnd)
    {
        var printed = glyphs.Skip(before).Take(start - before).Concat(glyphs.Skip(end).Take(Math.Max(1, afterEnd - end))).Select(g => g.Box).ToList();
        // The LSTM places a glyph's left edge well but stretches its width towards the next glyph, and
        // sometimes over handwriting it touches (the "y" of "ngày" 70 pixels wide, over the "2" of "20"):
        // the blank starts no further than a letter's width after the last printed glyph's left edge.
        var widest = printed.Select(b => b.Width).Order().ElementAt(printed.Count / 2) * 1.5;
        var lastBefore = glyphs[start - 1].Box;
        return new HandwrittenBlank(kind, line, start, end,
            lastBefore.Left + Math.Min(lastBefore.Width, widest), glyphs[end].Box.Left,
            printed.Min(b => b.Top), printed.Max(b => b.Top + b.Height));
    }
}
