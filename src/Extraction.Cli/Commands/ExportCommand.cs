using System.CommandLine;
using Extraction.Archive;
using Extraction.Archive.Catalog;
using Extraction.Records;

namespace Extraction.Cli.Commands;

/// <summary>`export --jsonl | --out DIR`: every done record of the archive, for downstream systems.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--out") { Description = "Folder to write <id>.json per letter into." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Write JSON Lines to standard output." };
        var currentOnly = new Option<bool>("--current-only") { Description = "Leave out versions superseded by a newer version of the same letter." };
        var command = new Command("export", "Write the record of every done letter in the archive.") { output, jsonl, currentOnly };
        ArchiveOptionsBinding.AddArchive(command);
        command.SetAction(parse => Run(ArchiveOptionsBinding.ArchiveFrom(parse), parse.GetValue(output), parse.GetValue(jsonl), parse.GetValue(currentOnly)));
        return command;
    }

    private static int Run(ArchiveOptions options, string? outputDirectory, bool jsonl, bool currentOnly)
    {
        if (outputDirectory is null == !jsonl)
        {
            Console.Error.WriteLine("Say where the records go: --out DIR, or --jsonl for standard output (one of the two).");
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
            if (outputDirectory is not null) Directory.CreateDirectory(outputDirectory);
            var count = 0;
            foreach (var record in reader.DoneRecords(currentOnly))
            {
                if (jsonl) Console.Out.WriteLine(RecordJson.Serialize(record, indented: false));
                else ExtractCommand.WriteRecord(outputDirectory!, record, text: null);
                count++;
            }
            Console.Out.Flush();
            Console.Error.WriteLine($"exported {count} records{(outputDirectory is null ? "" : $" into {outputDirectory}")}");
        }
        return 0;
    }
}
