using System.CommandLine;
using Extraction.Archive;
using Extraction.Archive.Catalog;
using Extraction.Records;

namespace Extraction.Cli.Commands;

/// <summary>`export --jsonl | --out DIR`: every done record of the archive, for downstream systems;
/// `--searchable-pdf DIR` and `--alto DIR`: the archival copies of its scanned letters.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--out") { Description = "Folder to write <id>.json per letter into." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Write JSON Lines to standard output." };
        var currentOnly = new Option<bool>("--current-only") { Description = "Leave out versions superseded by a newer version of the same letter." };
        var searchablePdf = new Option<string?>("--searchable-pdf") { Description = "Folder to write <id>.pdf into: each scanned letter's page images under an invisible text layer." };
        var alto = new Option<string?>("--alto") { Description = "Folder to write <id>.alto.xml into: each scanned letter's words with their boxes and confidence (ALTO 4)." };
        var command = new Command("export", "Write the record of every done letter in the archive, and the archival copies of its scans.") { output, jsonl, currentOnly, searchablePdf, alto };
        ArchiveOptionsBinding.AddArchive(command);
        command.SetAction(parse =>
        {
            var options = ArchiveOptionsBinding.ArchiveFrom(parse);
            var copies = new ArchivalCopiesExport(new ArchiveLayout(options.Root), parse.GetValue(searchablePdf), parse.GetValue(alto));
            return Run(options, parse.GetValue(output), parse.GetValue(jsonl), parse.GetValue(currentOnly), copies);
        });
        return command;
    }

    private static int Run(ArchiveOptions options, string? outputDirectory, bool jsonl, bool currentOnly, ArchivalCopiesExport copies)
    {
        if (outputDirectory is not null && jsonl || outputDirectory is null && !jsonl && !copies.IsWanted)
        {
            Console.Error.WriteLine("Say what to export: the records into --out DIR or as --jsonl on standard output (not both), and/or --searchable-pdf DIR, --alto DIR.");
            return 2;
        }
        CatalogReader reader;
        try
        {
            reader = CatalogReader.Open(new ArchiveLayout(options.Root));
        }
        catch (ArchiveUnavailableException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        using (reader)
        {
            if (outputDirectory is not null || jsonl) ExportRecords(reader, outputDirectory, currentOnly);
            if (copies.IsWanted) Console.Error.WriteLine($"exported the searchable PDF and ALTO wanted of {copies.Write(reader, Console.Error)} scanned letters");
        }
        return 0;
    }

    private static void ExportRecords(CatalogReader reader, string? outputDirectory, bool currentOnly)
    {
        if (outputDirectory is not null) Directory.CreateDirectory(outputDirectory);
        var count = 0;
        foreach (var record in reader.DoneRecords(currentOnly))
        {
            if (outputDirectory is null) Console.Out.WriteLine(RecordJson.Serialize(record, indented: false));
            else ExtractCommand.WriteRecord(outputDirectory, record, text: null);
            count++;
        }
        Console.Out.Flush();
        Console.Error.WriteLine($"exported {count} records{(outputDirectory is null ? "" : $" into {outputDirectory}")}");
    }
}
