using Extraction.Search;

namespace Extraction.Web.Hosting;

/// <summary>What the site serves and where. Bound from configuration ("--Records DIR --Port 5080")
/// or given by the <c>serve</c> command.</summary>
public sealed class StaffSearchOptions
{
    public const int DefaultPort = 5080;

    /// <summary>The folder of &lt;id&gt;.json records (and &lt;id&gt;.txt texts).</summary>
    public string? Records { get; set; }
    /// <summary>The index folder; by default beside the records ("records.index").</summary>
    public string? Index { get; set; }
    /// <summary>The folder holding the original files, by their source file name; none when null.</summary>
    public string? Originals { get; set; }
    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; } = DefaultPort;
    /// <summary>Index records that appear in or change in the records folder while serving.</summary>
    public bool Watch { get; set; } = true;

    public string RecordsDirectory => Records
        ?? throw new InvalidOperationException("No records folder is set: pass --records DIR (a folder of <id>.json records).");

    public string IndexDirectory => Index ?? IndexBuilder.DefaultDirectoryFor(RecordsDirectory);
}
