using System.IO.Compression;
using System.Security.Cryptography;
using Extraction.Reading;

namespace Extraction.Exchange;

/// <summary>A file carried in the envelope, base64-encoded: the letter itself and its appendices.</summary>
public sealed record EdxmlAttachment(string Name, string ContentType, byte[] Content)
{
    public string ContentId => "cid:" + Convert.ToHexStringLower(SHA256.HashData(Content));

    public static EdxmlAttachment FromFile(string path) =>
        new(Path.GetFileName(path), FileSniffer.MediaTypeOf(FileSniffer.Detect(path)), File.ReadAllBytes(path));

    /// <summary>Some gateways zip each attachment before encoding it; a ZIP holding one file (and not
    /// a Word document, which is a ZIP too) stands for that file.</summary>
    public EdxmlAttachment Unzipped(long maxBytes)
    {
        if (!Content.AsSpan().StartsWith("PK\u0003\u0004"u8)) return this;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(Content), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null || zip.Entries.Count != 1 || zip.Entries[0].Length > maxBytes) return this;
            using var entry = zip.Entries[0].Open();
            var content = new MemoryStream();
            entry.CopyTo(content);
            return this with { Content = content.ToArray() };
        }
        catch (InvalidDataException)
        {
            return this;
        }
    }
}
