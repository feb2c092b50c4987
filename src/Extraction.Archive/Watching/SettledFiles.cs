namespace Extraction.Archive.Watching;

/// <summary>
/// Finds the files of a folder that have stopped changing: a file copied in slowly (over a network share,
/// say) is offered only once its size and last write time have stayed the same for the settle time.
/// Dot files are skipped: copiers such as rsync write under a hidden name and rename when done.
/// </summary>
internal sealed class SettledFiles(string folder, TimeSpan settleTime, Func<string, bool> ignore)
{
    private sealed class Sighting(long size, long modifiedTicks, DateTime since, DateTime offerAt)
    {
        public long Size { get; } = size;
        public long ModifiedTicks { get; } = modifiedTicks;
        public DateTime Since { get; } = since;
        /// <summary>When to offer the file (again); MaxValue once it is handled for good.</summary>
        public DateTime OfferAt { get; set; } = offerAt;
    }

    private readonly Dictionary<string, Sighting> _seen = new(StringComparer.Ordinal);

    /// <summary>Files settled since the last scan, oldest first.</summary>
    public IReadOnlyList<string> Scan()
    {
        var now = DateTime.UtcNow;
        var present = new HashSet<string>(StringComparer.Ordinal);
        var ready = new List<(string Path, DateTime Since)>();
        foreach (var info in Files())
        {
            present.Add(info.FullName);
            var size = info.Length;
            var modified = info.LastWriteTimeUtc.Ticks;
            if (!_seen.TryGetValue(info.FullName, out var sighting) || sighting.Size != size || sighting.ModifiedTicks != modified)
                _seen[info.FullName] = new Sighting(size, modified, now, now + settleTime);
            else if (now >= sighting.OfferAt) ready.Add((info.FullName, sighting.Since));
        }
        foreach (var gone in _seen.Keys.Where(path => !present.Contains(path)).ToList()) _seen.Remove(gone);
        return ready.OrderBy(r => r.Since).ThenBy(r => r.Path, StringComparer.Ordinal).Select(r => r.Path).ToList();
    }

    /// <summary>The file was dealt with: not offered again unless it changes, or until <paramref name="retryAfter"/> has passed.</summary>
    public void Handled(string path, TimeSpan? retryAfter = null)
    {
        if (_seen.TryGetValue(path, out var sighting))
            sighting.OfferAt = retryAfter is { } wait ? DateTime.UtcNow + wait : DateTime.MaxValue;
    }

    private IEnumerable<FileInfo> Files()
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        foreach (var info in new DirectoryInfo(folder).EnumerateFiles("*", options))
            if (!info.Name.StartsWith('.') && !ignore(info.FullName)) yield return info;
    }
}
