using System.Runtime.InteropServices;
using Extraction.Archive.Storage;

namespace Extraction.Archive.Processing;

/// <summary>
/// Shows an original to the pipeline under the name it arrived with, in the worker's own folder under tmp/:
/// the reader checks the extension against the content and reports the name, and the content-addressed
/// name of the stored original means nothing to a person. The view is a hard link, not a symbolic link:
/// a reader asking for the file's size must get the original's (its size limit depends on it), not the link's.
/// </summary>
internal sealed class LetterViews
{
    private readonly string _directory;

    public LetterViews(ArchiveLayout layout, int lane)
    {
        _directory = Path.Combine(layout.Temporary, $"worker-{lane}");
        Directory.CreateDirectory(_directory);
    }

    public string Show(string originalPath, string letterId, string fileName)
    {
        var path = Path.Combine(_directory, SafeNames.FileName(letterId, fileName));
        File.Delete(path);
        // tmp/ and originals/ sit in the same root, so linking only fails on an unusual mount; then copy.
        if (Link(originalPath, path) != 0) File.Copy(originalPath, path);
        return path;
    }

    public static void Hide(string path) => File.Delete(path);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(string existingPath, string newPath);
}
