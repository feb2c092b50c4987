using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Extraction.Reading;

namespace Extraction.Tests.Archival;

/// <summary>poppler-utils, as a clerk's tools see a PDF: each call fails the test when the tool reports an error.</summary>
internal static partial class Poppler
{
    /// <summary>One image of a PDF as <c>pdfimages -list</c> lists it; <paramref name="IndexOnPage"/> counts the page's soft masks too, as pdfimages' file names do.</summary>
    public sealed record ListedImage(int Page, int IndexOnPage, int Width, int Height);

    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 && errors.Result.Length == 0, $"{tool} {string.Join(' ', arguments)}: exit {process.ExitCode}, {errors.Result}");
        return output;
    }

    /// <summary>The text in content-stream order (<c>pdftotext -raw</c>), split into words.</summary>
    public static string[] Words(string pdf) => Run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>One word <c>pdftotext -bbox</c> finds, its box in points from the page's top left.</summary>
    public sealed record FoundWord(string Text, Box Box);

    /// <summary>The words of the first page with their boxes, as <c>pdftotext -bbox</c> lays them out.</summary>
    public static IReadOnlyList<FoundWord> WordBoxes(string pdf) =>
        FoundWordPattern().Matches(Run("pdftotext", "-bbox", "-f", "1", "-l", "1", "-enc", "UTF-8", pdf, "-"))
            .Select(m => (Text: WebUtility.HtmlDecode(m.Groups[5].Value), Corners: Enumerable.Range(1, 4).Select(i => double.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture)).ToArray()))
            .Select(w => new FoundWord(w.Text, new Box(w.Corners[0], w.Corners[1], w.Corners[2] - w.Corners[0], w.Corners[3] - w.Corners[1])))
            .ToList();

    [GeneratedRegex("""<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>""")]
    private static partial Regex FoundWordPattern();

    /// <summary>The image that covers each page: the largest one listed there.</summary>
    public static IReadOnlyList<ListedImage> PageImages(string pdf) => Run("pdfimages", "-list", pdf)
        .Split('\n').Skip(2).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(c => c.Length > 4)
        .GroupBy(c => Int(c[0]))
        .Select(page => page.Select((c, i) => (Columns: c, Image: new ListedImage(page.Key, i, Int(c[3]), Int(c[4]))))
            .Where(r => r.Columns[2] == "image").MaxBy(r => r.Image.Width * r.Image.Height).Image)
        .ToList();

    /// <summary>Writes one page's images (<c>-j</c>: JPEGs as stored, others as PNG) and returns the file of <paramref name="image"/>.</summary>
    public static string ExtractImage(string pdf, ListedImage image, string folder)
    {
        var prefix = Path.Combine(folder, Guid.NewGuid().ToString("N"));
        Run("pdfimages", "-j", "-png", "-f", image.Page.ToString(CultureInfo.InvariantCulture), "-l", image.Page.ToString(CultureInfo.InvariantCulture), pdf, prefix);
        return Directory.GetFiles(folder, Path.GetFileName(prefix) + "-*").Order(StringComparer.Ordinal).ElementAt(image.IndexOnPage);
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
