using System.Security.Cryptography;
using System.Text.Json;
using Extraction.Reading;

namespace Extraction.Learning.Corpus;

/// <summary>Keeps what a reader made of a file (OCR of a scan takes seconds a page) in a folder, keyed
/// by the file's content and the build of the library that read it, so a new reader never serves an
/// old reading.</summary>
public sealed class ReadCache(string folder, Func<string, ReadDocument> read)
{
    private static readonly string ReaderBuild = typeof(LetterReader).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    public ReadDocument Read(string path)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..24] + "-" + ReaderBuild;
        var file = Path.Combine(folder, key + ".json");
        if (File.Exists(file) && JsonSerializer.Deserialize<ReadDocument>(File.ReadAllText(file)) is { } cached) return cached;
        var document = read(path);
        Directory.CreateDirectory(folder);
        File.WriteAllText(file, JsonSerializer.Serialize(document));
        return document;
    }
}
