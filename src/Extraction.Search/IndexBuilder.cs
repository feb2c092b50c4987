using Extraction.Search.Letters;

namespace Extraction.Search;

/// <summary>What a rebuild did: letters indexed, and the ones left out with why.</summary>
public sealed record IndexBuildReport(int Indexed, IReadOnlyList<LetterSourceException> Skipped, TimeSpan Elapsed);

/// <summary>Fills an index from every letter of a source. A letter that cannot be read is reported
/// and skipped; it never stops the others.</summary>
public static class IndexBuilder
{
    public static IndexBuildReport AddAll(ILetterSource source, LetterIndex index, IProgress<int>? progress = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var indexed = 0;
        var skipped = new List<LetterSourceException>();
        foreach (var id in source.Ids())
        {
            try
            {
                var letter = source.Find(id);
                if (letter is null) continue;
                index.Add(letter.Record, letter.Text);
                indexed++;
                progress?.Report(indexed);
            }
            catch (LetterSourceException problem)
            {
                skipped.Add(problem);
            }
        }
        index.Commit();
        return new IndexBuildReport(indexed, skipped, watch.Elapsed);
    }

    /// <summary>Replaces the index in a folder with one built from the source.</summary>
    public static IndexBuildReport Rebuild(ILetterSource source, string indexDirectory, IProgress<int>? progress = null)
    {
        using var index = LetterIndex.Recreate(indexDirectory);
        return AddAll(source, index, progress);
    }

    /// <summary>Where the index of a records folder lives by default: beside it, "records" → "records.index".</summary>
    public static string DefaultDirectoryFor(string recordsDirectory) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(recordsDirectory)) + ".index";
}
