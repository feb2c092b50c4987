using System.CommandLine;
using Extraction.Registers;

namespace Extraction.Cli.Commands;

/// <summary>`register RECORDS --out DIR [--year YYYY] [--arrival FILE]`: the incoming register and
/// the follow-up register of Decree 30/2020 (CSV and .xlsx). A letter arrived when its record was
/// written (the record file's time), unless --arrival gives the times.</summary>
public static class RegisterCommand
{
    public static Command Create()
    {
        var records = new Argument<string>("records") { Description = "A folder of records (<id>.json, as `extract --out` writes them)." };
        var output = new Option<string>("--out") { Description = "Folder to write the registers into.", Required = true };
        var year = new Option<int?>("--year") { Description = "Only the register of this year (số đến still counts every arrival of that year)." };
        var arrival = new Option<string?>("--arrival") { Description = "CSV of id,arrival (2023-05-26 or 2023-05-26T08:30) giving when each letter arrived." };
        var command = new Command("register", "Write the incoming and follow-up registers (Decree 30/2020, Phụ lục IV).") { records, output, year, arrival };
        command.SetAction(parse => Run(parse.GetValue(records)!, parse.GetValue(output)!, parse.GetValue(year), parse.GetValue(arrival)));
        return command;
    }

    private static int Run(string recordsPath, string output, int? year, string? arrivalPath)
    {
        var (records, problems) = RecordFolder.Load(recordsPath);
        var arrivals = arrivalPath is null
            ? records.Select(r => new Arrival(r.Record, r.WrittenAt)).ToList()
            : FromLog(records, arrivalPath);
        if (arrivals is null) return 2;

        var report = RegisterExport.Write(arrivals, output, year);
        foreach (var file in report.Files) Console.WriteLine(file);
        foreach (var duplicate in report.Duplicates)
            Console.Error.WriteLine($"likely duplicate: {duplicate.Record.Id} (số đến {duplicate.Number}/{duplicate.Year}) repeats {duplicate.DuplicateOf!.Record.Id} (số đến {duplicate.DuplicateOf.Number}/{duplicate.DuplicateOf.Year})");
        RecordFolder.Report(problems);
        Console.Error.WriteLine($"registered {report.Letters.Count} letters, {report.Duplicates.Count} likely duplicates");
        return problems.Count > 0 ? 1 : 0;
    }

    private static List<Arrival>? FromLog(IReadOnlyList<RecordFile> records, string arrivalPath)
    {
        IReadOnlyDictionary<string, DateTime> log;
        try
        {
            using var reader = File.OpenText(arrivalPath);
            log = ArrivalLog.Parse(reader);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{arrivalPath}: {e.Message}");
            return null;
        }
        var missing = records.Where(r => !log.ContainsKey(r.Record.Id)).Select(r => r.Record.Id).ToList();
        if (missing.Count == 0) return records.Select(r => new Arrival(r.Record, log[r.Record.Id])).ToList();
        Console.Error.WriteLine($"{arrivalPath} gives no arrival for {missing.Count} letters ({string.Join(", ", missing.Take(10))}); add them, or leave out --arrival to use the record files' times.");
        return null;
    }
}
