using System.Text;
using Extraction.Pipeline;

namespace Extraction.Archive.Storage;

/// <summary>A failed original as the quarantine shows it.</summary>
public sealed record QuarantinedLetter(string LetterId, string FileName, string Sha256, LetterFailure Failure, IReadOnlyList<string> ArrivedAs);

/// <summary>
/// The folder a person looks in when something failed: a copy of each failed original under its letter
/// id, and <c>&lt;file&gt;.reason.txt</c> beside it saying why and what to do. It mirrors the catalog and is
/// reconciled with it whenever the archive opens, so a crash between the two is repaired, never kept.
/// </summary>
public sealed class Quarantine(ArchiveLayout layout, OriginalStore originals)
{
    public const string ReasonSuffix = ".reason.txt";

    public string PathOf(string letterId, string fileName) => Path.Combine(layout.Quarantine, SafeNames.FileName(letterId, fileName));

    public void Put(QuarantinedLetter letter)
    {
        Directory.CreateDirectory(layout.Quarantine);
        var path = PathOf(letter.LetterId, letter.FileName);
        if (!File.Exists(path)) WriteAtomically(path, temporary => File.Copy(originals.PathOf(letter.Sha256), temporary));
        WriteAtomically(path + ReasonSuffix, temporary => File.WriteAllText(temporary, ReasonText(letter), new UTF8Encoding(false)));
    }

    public void Remove(string letterId, string fileName)
    {
        var path = PathOf(letterId, fileName);
        File.Delete(path + ReasonSuffix);
        File.Delete(path);
    }

    /// <summary>Makes the folder hold exactly the failed letters: what is missing is written, what no longer
    /// belongs (a letter done after a retry, a half-written file) is removed.</summary>
    public void Reconcile(IEnumerable<QuarantinedLetter> failed)
    {
        Directory.CreateDirectory(layout.Quarantine);
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var letter in failed)
        {
            var path = PathOf(letter.LetterId, letter.FileName);
            expected.Add(path);
            expected.Add(path + ReasonSuffix);
            if (!File.Exists(path) || !File.Exists(path + ReasonSuffix)) Put(letter);
        }
        foreach (var file in Directory.EnumerateFiles(layout.Quarantine))
            if (!expected.Contains(file)) File.Delete(file);
    }

    private string ReasonText(QuarantinedLetter letter)
    {
        var text = new StringBuilder();
        text.AppendLine($"{letter.FileName} could not be made into a letter record.");
        text.AppendLine();
        text.AppendLine($"Reason ({letter.Failure.Code}): {letter.Failure.Reason}");
        text.AppendLine();
        text.AppendLine($"Arrived as: {string.Join("; ", letter.ArrivedAs)}");
        text.AppendLine($"SHA-256: {letter.Sha256}");
        text.AppendLine($"The original is kept unchanged at {Path.GetRelativePath(layout.Root, originals.PathOf(letter.Sha256))} in the archive;");
        text.AppendLine($"this is a copy. Once the cause is fixed, run: extraction retry --archive \"{layout.Root}\"");
        return text.ToString();
    }

    private static void WriteAtomically(string path, Action<string> write)
    {
        var temporary = path + ".part";
        try
        {
            File.Delete(temporary);
            write(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
