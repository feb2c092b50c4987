using Extraction.ScanGenerator;

namespace Extraction.Benchmarks.Ocr;

/// <summary>A corpus letter rendered with a scan profile and written as an image-only PDF in a temporary folder.</summary>
public sealed record GeneratedScan(string LetterId, ScanProfile Profile, string PdfPath, int Pages, string ReadingText);

/// <summary>Renders the report letters of the corpus as scans once per run; deleted when disposed.</summary>
public sealed class GeneratedScans : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("extraction-scans-").FullName;

    public IReadOnlyList<GeneratedScan> Make(string corpusDirectory, IEnumerable<ScanProfile> profiles, IEnumerable<string> letterIds)
    {
        var scans = new List<GeneratedScan>();
        foreach (var profile in profiles)
        {
            foreach (var id in letterIds)
            {
                var text = File.ReadAllText(Path.Combine(corpusDirectory, "letters", id + ".txt"));
                using var letter = ScannedLetter.Make(text, profile, seed: id.Length);
                var path = Path.Combine(folder, $"{id}-{profile.Name}.pdf");
                letter.WritePdf(path, profile);
                scans.Add(new GeneratedScan(id, profile, path, letter.Pages.Count, letter.ReadingText));
            }
        }
        return scans;
    }

    /// <summary>The real scans of the corpus (not the ones made here).</summary>
    public static IReadOnlyList<string> RealScans(string corpusDirectory)
    {
        var madeHere = File.ReadAllLines(Path.Combine(corpusDirectory, "SOURCES.tsv"))
            .Select(l => l.Split('\t')).Where(c => c.Length > 4 && c[4].Trim() == "made here").Select(c => c[0]).ToHashSet();
        return [.. Directory.GetFiles(Path.Combine(corpusDirectory, "letters"), "*-scan*.pdf")
            .Where(p => !madeHere.Contains(Path.GetFileNameWithoutExtension(p))).Order()];
    }

    public static int PageCount(string pdfPath)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdfPath);
        return document.NumberOfPages;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
