using System.CommandLine;

namespace Extraction.Cli.Commands;

/// <summary>`reindex`: rebuilds the search index from the catalog (the current version of every done letter).</summary>
public static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Rebuild the search index from the archive's catalog.");
        ArchiveOptionsBinding.AddArchive(command);
        command.SetAction(parse => Run(parse));
        return command;
    }

    private static int Run(ParseResult parse)
    {
        var options = ArchiveOptionsBinding.ArchiveFrom(parse);
        using var archive = ArchiveSession.Open(options);
        if (archive is null) return 2;
        try
        {
            Console.Error.WriteLine($"{archive.RebuildIndex()} letters indexed from the catalog of {archive.Layout.Root}.");
            return 0;
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"The index could not be opened, so nothing was rebuilt ({e.Message}); close the program that writes it and run reindex again.");
            return 2;
        }
    }
}
