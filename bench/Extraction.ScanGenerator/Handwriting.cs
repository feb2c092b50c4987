using System.Text.RegularExpressions;
using SkiaSharp;

namespace Extraction.ScanGenerator;

/// <summary>Draws digits as if written by hand into a blank of the printed page.</summary>
public interface IHandwriting
{
    /// <param name="area">The blank, in points; the digits are drawn about as tall as it and may run over it.</param>
    void Draw(SKCanvas canvas, SKRect area, string digits);
}

/// <summary>
/// A letter's text can ask for handwriting: "Số: {{575}}/UBND-KTTH", "ngày {{04}} tháng 02". The
/// renderer leaves a blank for the digits between the braces and has an <see cref="IHandwriting"/>
/// write them in, as a clerk writes the number and day into a letter printed without them.
/// </summary>
public static partial class HandwrittenBlank
{
    /// <summary>Figure spaces per digit: a handwritten digit is wider than a printed one.</summary>
    private const int SpacesPerDigit = 3;

    public static string Mark(string digits) => "{{" + digits + "}}";

    /// <summary>The text as read: the digits of each blank without their marks.</summary>
    public static string Unmark(string text) => Marked().Replace(text, "$1");

    /// <summary>The line with each marked blank replaced by figure spaces, and the blanks' positions in it.</summary>
    public static (string Printed, List<(int Start, int Length, string Digits)> Blanks) Split(string line)
    {
        var blanks = new List<(int, int, string)>();
        var shift = 0; // how much longer the printed line is so far than the marked one
        var printed = Marked().Replace(line, m =>
        {
            var spaces = new string('\u2007', SpacesPerDigit * m.Groups[1].Length);
            blanks.Add((m.Index + shift, spaces.Length, m.Groups[1].Value));
            shift += spaces.Length - m.Length;
            return spaces;
        });
        return (printed, blanks);
    }

    [GeneratedRegex(@"\{\{(\d+)\}\}")]
    private static partial Regex Marked();
}
