using Extraction.Archive;
using Extraction.Archive.Indexing;
using Extraction.Search;

namespace Extraction.Cli.Commands;

/// <summary>
/// The search index the archive commands feed, in the archive's index folder. When another process
/// writes it (a running `serve`), the run goes on without it: the catalog remembers every letter as not
/// yet indexed, and the next run that can open the index sends them all.
/// </summary>
internal static class ArchiveIndexFactory
{
    public static IArchiveIndex? Create(ArchiveLayout layout)
    {
        try
        {
            return SearchArchiveIndex.Open(layout);
        }
        catch (IndexInUseException e)
        {
            Console.Error.WriteLine($"{e.Message} Letters are archived and catalogued now, and indexed by the next run once it is closed.");
            return null;
        }
    }
}
