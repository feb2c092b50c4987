namespace Extraction.Registers;

/// <summary>What <see cref="RegisterExport.Write"/> wrote, and the letters it found to be likely duplicates.</summary>
public sealed record RegisterReport(IReadOnlyList<string> Files, IReadOnlyList<RegisteredLetter> Letters)
{
    public IReadOnlyList<RegisteredLetter> Duplicates => Letters.Where(l => l.DuplicateOf is not null).ToList();
}

/// <summary>Writes the incoming register and the follow-up register of each year, as CSV and as one
/// .xlsx workbook per year. Numbers and duplicates are worked out over every arrival given, so a
/// single year's register still flags a letter that repeats one from an earlier year.</summary>
public static class RegisterExport
{
    public static RegisterReport Write(IEnumerable<Arrival> arrivals, string directory, int? year = null)
    {
        Directory.CreateDirectory(directory);
        var registered = IncomingBook.Register(arrivals);
        var shown = registered.Where(l => year is null || l.Year == year).ToList();
        var files = new List<string>();
        foreach (var y in shown.Select(l => l.Year).Distinct().Order())
        {
            var incoming = IncomingRegister.For(y, shown);
            var followUp = FollowUpRegister.For(y, shown);
            files.Add(Save(directory, $"so-dang-ky-van-ban-den-{y}.csv", path => RegisterCsv.Write(path, incoming)));
            files.Add(Save(directory, $"so-theo-doi-giai-quyet-van-ban-den-{y}.csv", path => RegisterCsv.Write(path, followUp)));
            files.Add(Save(directory, $"so-van-ban-den-{y}.xlsx", path => RegisterWorkbook.Write(path, [incoming, followUp])));
        }
        return new RegisterReport(files, shown);
    }

    /// <summary>Written to a temporary name and moved, so a spreadsheet never opens half a register.</summary>
    private static string Save(string directory, string fileName, Action<string> write)
    {
        var path = Path.Combine(directory, fileName);
        var temporary = Path.Combine(directory, "." + fileName + ".tmp");
        write(temporary);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
