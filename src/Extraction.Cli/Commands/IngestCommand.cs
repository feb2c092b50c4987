using System.CommandLine;

namespace Extraction.Cli.Commands;

/// <summary>`ingest FILES...`: takes letters into the archive and processes them, with a live bar and a summary.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Letters or folders of letters.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Keep letters in the archive (by content, unchanged), record them in the catalog and extract their records.") { inputs };
        ArchiveOptionsBinding.AddProcessing(command);
        command.SetAction((parse, cancellation) => Task.FromResult(Run(parse.GetValue(inputs)!, parse, cancellation)));
        return command;
    }

    private static int Run(string[] inputs, ParseResult parse, CancellationToken cancellation)
    {
        IReadOnlyList<string> files;
        try
        {
            files = InputFiles.Expand(inputs);
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        using var archive = ArchiveSession.Open(ArchiveOptionsBinding.ArchiveFrom(parse));
        if (archive is null) return 2;
        return ArchiveBatch.Run(archive, ArchiveOptionsBinding.ProcessingFrom(parse), files, cancellation);
    }
}
