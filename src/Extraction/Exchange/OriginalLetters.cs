using System.Security.Cryptography;
using Extraction.Records;

namespace Extraction.Exchange;

/// <summary>Finds the file a record was extracted from in a folder of letters: the file of the
/// record's name whose content still has the record's SHA-256, so the envelope never carries a
/// different version of the letter than the one its header describes.</summary>
public sealed class OriginalLetters(string folder)
{
    public string? Find(LetterRecord record)
    {
        if (record.Source.FileName.Length == 0) return null;
        var path = Path.Combine(folder, Path.GetFileName(record.Source.FileName));
        if (!File.Exists(path)) return null;
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream)) == record.Source.Sha256 ? path : null;
    }
}
