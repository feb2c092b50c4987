using System.CommandLine;

namespace Extraction.Cli.Commands;

/// <summary>`retry`: processes failed letters again (after the cause was fixed: OCR installed, a limit raised),
/// and any letter still waiting from a run that stopped early.</summary>
public static class RetryCommand
{
    public static Command Create()
    {
        var code = new Option<string?>("--code") { Description = "Only letters that failed with this code (needs-ocr, timeout, ...)." };
        var command = new Command("retry", "Process failed letters again, and any left waiting.") { code };
        ArchiveOptionsBinding.AddProcessing(command);
        command.SetAction((parse, cancellation) => Task.FromResult(Run(parse.GetValue(code), parse, cancellation)));
        return command;
    }

    private static int Run(string? code, ParseResult parse, CancellationToken cancellation)
    {
        using var archive = ArchiveSession.Open(ArchiveOptionsBinding.ArchiveFrom(parse));
        if (archive is null) return 2;
        var requeued = archive.Requeue(code);
        Console.Error.WriteLine($"{requeued} failed letters put back to be processed; {archive.Waiting()} in all.");
        return ArchiveBatch.Run(archive, ArchiveOptionsBinding.ProcessingFrom(parse), [], cancellation);
    }
}
