namespace Extraction.ScanGenerator;

/// <summary>A generated scan kept in the corpus: which letter, which profile.</summary>
public sealed record CorpusScan(string SourceId, ScanProfile Profile, int Seed)
{
    public string Id => $"{SourceId}-{Suffix}";

    private string Suffix => Profile.Name switch
    {
        "clean" => "scan",
        "degraded" => "scandeg",
        "degraded200" => "scandeg200",
        _ => "scan" + Profile.Name,
    };
}

/// <summary>The generated scans scored with the corpus; the accuracy report renders the same set.</summary>
public static class CorpusScans
{
    public static readonly IReadOnlyList<CorpusScan> All =
    [
        new("hg-cv-454-2011", ScanProfile.Clean, 454),
        new("hg-cv-454-2011", ScanProfile.Degraded200, 454),
    ];

    /// <summary>Letters whose text is rendered for the accuracy report, clean and degraded.</summary>
    public static readonly IReadOnlyList<string> ReportLetters = ["seed-000", "seed-001", "seed-002", "hg-cv-454-2011"];

    public static void AddSourceRow(string sourcesPath, CorpusScan scan)
    {
        var lines = File.ReadAllLines(sourcesPath).Where(l => !l.StartsWith(scan.Id + "\t", StringComparison.Ordinal)).ToList();
        lines.Add($"{scan.Id}\t{scan.Id}.pdf\tpdf-scan\trendered here from {scan.SourceId}.txt ({scan.Profile.Name} scan, {scan.Profile.Dpi} DPI, bench/Extraction.ScanGenerator)\tmade here");
        File.WriteAllLines(sourcesPath, lines);
    }
}
