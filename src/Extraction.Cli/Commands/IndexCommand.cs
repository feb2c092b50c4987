using System.CommandLine;
using Extraction.Search;
using Extraction.Search.Letters;

namespace Extraction.Cli.Commands;

/// <summary><c>index --records DIR</c>: rebuilds the search index from the records, replacing the old one.</summary>
public static class IndexCommand
{
    public static Command Create()
    {
        var location = new IndexLocation();
        location.Records.Required = true;
        var command = new Command("index", "Rebuild the search index from a folder of records.");
        location.AddTo(command);
        command.SetAction(parse => Run(parse.GetRequiredValue(location.Records), location.IndexDirectory(parse)!));
        return command;
    }

    private static int Run(DirectoryInfo records, string indexDirectory)
    {
        if (!records.Exists)
        {
            Console.Error.WriteLine($"The records folder {records.FullName} does not exist.");
            return 2;
        }
        try
        {
            var report = IndexBuilder.Rebuild(new FolderLetterSource(records.FullName), indexDirectory);
            Console.WriteLine($"Indexed {report.Indexed} letters into {indexDirectory} in {report.Elapsed.TotalSeconds:0.0} s.");
            foreach (var skipped in report.Skipped) Console.Error.WriteLine($"Skipped {skipped.Message}");
            return report.Skipped.Count == 0 ? 0 : 1;
        }
        catch (IndexInUseException inUse)
        {
            Console.Error.WriteLine($"{inUse.Message} Stop it first; a running serve keeps the index up to date itself.");
            return 2;
        }
    }
}
