using System.CommandLine;
using Extraction.Exchange;
using Extraction.Fields.Directives.Agenda;

namespace Extraction.Cli.Commands;

/// <summary>`edxml RECORDS... --out DIR [--letters DIR]`: one edXML message (QCVN 102:2016) per record,
/// with the letter attached when it is found; every value that does not fit the standard is listed.</summary>
public static class EdxmlCommand
{
    public static Command Create()
    {
        var records = new Argument<string[]>("records") { Description = "Record files (.json, .jsonl) or folders of them, as `extract` writes them.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder to write <id>.edxml into.", Required = true };
        var letters = new Option<string?>("--letters") { Description = "Folder of the letters the records were extracted from, to attach them (matched by name and SHA-256)." };
        var command = new Command("edxml", "Write records as edXML messages (QCVN 102:2016/BTTTT).") { records, output, letters };
        command.SetAction(parse => Run(parse.GetValue(records)!, parse.GetValue(output)!, parse.GetValue(letters)));
        return command;
    }

    private static int Run(string[] recordsPaths, string output, string? letters)
    {
        if (letters is not null && !Directory.Exists(letters))
        {
            Console.Error.WriteLine($"No letters folder at {letters}.");
            return 2;
        }
        var (records, unreadable) = RecordFiles.Load(recordsPaths);
        var options = new EdxmlExportOptions { FindOriginal = letters is null ? null : new OriginalLetters(letters).Find };
        var report = EdxmlExporter.Write(records, output, options);
        foreach (var letter in report.Letters)
            foreach (var warning in letter.Warnings)
                Console.Error.WriteLine($"{letter.Id}: [{warning.Code}] {warning.Message}");
        foreach (var file in unreadable) Console.Error.WriteLine($"skipped {file.Path}: {file.Reason}");
        Console.Error.WriteLine($"wrote {report.Letters.Count} edXML messages to {output} ({report.WarningCount} warnings)");
        return unreadable.Count > 0 ? 1 : 0;
    }
}
