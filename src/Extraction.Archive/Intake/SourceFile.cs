namespace Extraction.Archive.Intake;

/// <summary>A file as seen at one moment: its path, the name it arrived under, its size and last write
/// time. The same path, size and time seen again means the same arrival, already taken in.</summary>
public sealed record SourceFile(string Path, string Name, long Size, long ModifiedTicks)
{
    /// <summary>The file as it is now, or null when it is not there.</summary>
    public static SourceFile? Stat(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new SourceFile(info.FullName, info.Name, info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }
}
