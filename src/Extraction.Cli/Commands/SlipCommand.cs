using System.CommandLine;
using Extraction.Fields.Directives.Agenda;
using Extraction.Registers.Slip;

namespace Extraction.Cli.Commands;

/// <summary>`slip RECORD [--html]`: the draft processing slip (Phiếu giải quyết văn bản đến) of one letter.</summary>
public static class SlipCommand
{
    public static Command Create()
    {
        var record = new Argument<string>("record") { Description = "A record file (<id>.json, as `extract --out` writes it)." };
        var html = new Option<bool>("--html") { Description = "Write the printable HTML page instead of text." };
        var command = new Command("slip", "Print the draft processing slip of a letter.") { record, html };
        command.SetAction(parse => Run(parse.GetValue(record)!, parse.GetValue(html)));
        return command;
    }

    private static int Run(string path, bool html)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"No record file at {path}.");
            return 2;
        }
        var (records, unreadable) = RecordFiles.Load([path]);
        if (records.Count == 0)
        {
            foreach (var file in unreadable) Console.Error.WriteLine($"{file.Path}: {file.Reason}");
            return 1;
        }
        var slip = ProcessingSlip.For(records[0]);
        Console.Out.Write(html ? SlipHtml.Render(slip) : SlipText.Render(slip));
        return 0;
    }
}
