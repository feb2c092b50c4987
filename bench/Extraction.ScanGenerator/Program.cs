using System.Text.Json.Nodes;
using Extraction.ScanGenerator;

// Usage: dotnet run --project bench/Extraction.ScanGenerator -- [--corpus DIR] [--preview DIR]
// Writes the generated scans scored with the corpus (letters, gold with the new id, SOURCES.tsv rows);
// --preview also writes every profile of every letter as PNG pages for looking at.
var corpus = "corpus";
string? preview = null;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--corpus") corpus = args[++i];
    else if (args[i] == "--preview") preview = args[++i];
}

foreach (var scan in CorpusScans.All)
{
    var text = File.ReadAllText(Path.Combine(corpus, "letters", scan.SourceId + ".txt"));
    using var letter = ScannedLetter.Make(text, scan.Profile, scan.Seed);
    letter.WritePdf(Path.Combine(corpus, "letters", scan.Id + ".pdf"), scan.Profile);
    var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(corpus, "gold", scan.SourceId + ".json")))!.AsObject();
    gold["id"] = scan.Id;
    gold["input"] = scan.Id + ".pdf";
    File.WriteAllText(Path.Combine(corpus, "gold", scan.Id + ".json"), gold.ToJsonString(new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    CorpusScans.AddSourceRow(Path.Combine(corpus, "SOURCES.tsv"), scan);
    Console.WriteLine($"{scan.Id}.pdf: {letter.Pages.Count} pages, {scan.Profile.Name}");

    if (preview is null) continue;
    Directory.CreateDirectory(preview);
    for (var p = 0; p < letter.Pages.Count; p++)
    {
        using var data = letter.Pages[p].Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(Path.Combine(preview, $"{scan.Id}-{p + 1}.png"), data.ToArray());
    }
}
return 0;
