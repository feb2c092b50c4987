using System.IO.Compression;
using System.Text;
using Extraction.Exchange;
using Extraction.Text;

namespace Extraction.Reading;

public enum FileKind { Empty, Text, Pdf, Docx, Png, Jpeg, Tiff, Zip, Edxml, Binary }

/// <summary>Tells what a file really is from its first bytes, whatever its name says.</summary>
public static class FileSniffer
{
    public static FileKind Detect(string path)
    {
        using var stream = File.OpenRead(path);
        if (stream.Length == 0) return FileKind.Empty;
        Span<byte> head = stackalloc byte[8];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];

        if (StartsWith(head, "%PDF"u8)) return FileKind.Pdf;
        if (StartsWith(head, [0x89, 0x50, 0x4E, 0x47])) return FileKind.Png;
        if (StartsWith(head, [0xFF, 0xD8, 0xFF])) return FileKind.Jpeg;
        if (StartsWith(head, "II*\0"u8) || StartsWith(head, "MM\0*"u8)) return FileKind.Tiff;
        if (StartsWith(head, "PK\u0003\u0004"u8)) return IsWordDocument(stream) ? FileKind.Docx : FileKind.Zip;
        if (!LooksLikeText(stream)) return FileKind.Binary;
        return IsEdxml(stream) ? FileKind.Edxml : FileKind.Text;
    }

    public static string MediaTypeOf(FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Png => "image/png",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Tiff => "image/tiff",
        FileKind.Text => "text/plain",
        FileKind.Zip => "application/zip",
        FileKind.Edxml => Edxml.MediaType,
        _ => "application/octet-stream",
    };

    /// <summary>The extensions a file of this kind is expected to carry.</summary>
    public static IReadOnlyList<string> ExtensionsOf(FileKind kind) => kind switch
    {
        FileKind.Pdf => [".pdf"],
        FileKind.Docx => [".docx"],
        FileKind.Png => [".png"],
        FileKind.Jpeg => [".jpg", ".jpeg"],
        FileKind.Tiff => [".tif", ".tiff"],
        FileKind.Text => [".txt", ".md", ".text"],
        FileKind.Edxml => [Edxml.FileExtension, ".xml"],
        _ => [],
    };

    private static bool StartsWith(ReadOnlySpan<byte> head, ReadOnlySpan<byte> magic) => head.StartsWith(magic);

    private static bool IsWordDocument(Stream stream)
    {
        try
        {
            stream.Position = 0;
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    // An edXML message is XML whose opening names the QCVN 102:2016 namespace.
    private static bool IsEdxml(Stream stream)
    {
        stream.Position = 0;
        var buffer = new byte[Math.Min(stream.Length, 4096)];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (buffer.AsSpan(0, read).TrimStart("\uFEFF \t\r\n"u8).IndexOf((byte)'<') != 0) return false;
        var head = Encoding.UTF8.GetString(buffer, 0, read).TrimStartChars("\uFEFF \t\r\n");
        return head.StartsWith('<') && head.Contains(Edxml.Namespace.NamespaceName, StringComparison.Ordinal);
    }

    // A text file has (almost) no control bytes other than line breaks and tabs, or is UTF-16 with a BOM.
    private static bool LooksLikeText(Stream stream)
    {
        stream.Position = 0;
        var buffer = new byte[Math.Min(stream.Length, 64 * 1024)];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var sample = buffer.AsSpan(0, read);
        if (sample.StartsWith(new byte[] { 0xFF, 0xFE }) || sample.StartsWith(new byte[] { 0xFE, 0xFF })) return true;
        var control = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C) control++;
        return control <= sample.Length / 200;
    }
}
