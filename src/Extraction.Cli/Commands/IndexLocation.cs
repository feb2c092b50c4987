using System.CommandLine;
using Extraction.Search;

namespace Extraction.Cli.Commands;

/// <summary>The --records and --index options the search commands share, and where they put the index.</summary>
public sealed class IndexLocation
{
    public Option<DirectoryInfo> Records { get; } = new("--records")
    {
        Description = "Folder of <id>.json records (and <id>.txt texts) written by `extract --out`.",
    };

    public Option<DirectoryInfo> Index { get; } = new("--index")
    {
        Description = "Index folder (default: beside the records folder, <records>.index).",
    };

    public void AddTo(Command command)
    {
        command.Add(Records);
        command.Add(Index);
    }

    /// <summary>The index folder, or null (with the reason printed) when neither option says where it is.</summary>
    public string? IndexDirectory(ParseResult parse)
    {
        var index = parse.GetValue(Index);
        if (index is not null) return index.FullName;
        var records = parse.GetValue(Records);
        if (records is not null) return IndexBuilder.DefaultDirectoryFor(records.FullName);
        Console.Error.WriteLine("Say where the letters are: --records DIR (or --index DIR).");
        return null;
    }
}
