using Extraction.Archive;

namespace Extraction.Cli.Commands;

/// <summary>Opens an archive for writing with the index this build has, or says why it cannot be used.</summary>
internal static class ArchiveSession
{
    public static LetterArchive? Open(ArchiveOptions options)
    {
        try
        {
            var archive = LetterArchive.Open(options, ArchiveIndexFactory.Create(new ArchiveLayout(options.Root)));
            if (archive.Recovered.Interrupted > 0)
                Console.Error.WriteLine($"An earlier run stopped while processing {archive.Recovered.Interrupted} letters; they will be processed again.");
            return archive;
        }
        catch (ArchiveUnavailableException e)
        {
            Console.Error.WriteLine(e.Message);
            return null;
        }
    }
}
