using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Extraction.Tests.Reading;
using Extraction.Text;

namespace Extraction.Archive.Tests.Fixtures;

/// <summary>Files that cannot become letter records, made on the spot, each the way such files really are.</summary>
internal static class BadFiles
{
    /// <summary>A real letter's PDF cut to a third, as a copy interrupted half way leaves it.</summary>
    public static byte[] TruncatedPdf()
    {
        var pdf = File.ReadAllBytes(TestFiles.Letter("qn-cv-507-2025.pdf"));
        return pdf[..(pdf.Length / 3)];
    }

    /// <summary>A PDF encrypted with a user password (the standard security handler): it cannot be opened without it.</summary>
    public static byte[] PasswordProtectedPdf() => MinimalPdf.Build([new("Helvetica", 72, 700, 12, "Kinh gui"u8.ToArray())], encrypted: true);

    /// <summary>A PDF whose only content is an encrypted stream and which names an encryption dictionary it does not hold.</summary>
    public static byte[] EncryptedPdf()
    {
        var text = Encoding.ASCII.GetString(PasswordProtectedPdf());
        return Encoding.ASCII.GetBytes(text.Replace("/V 1 /R 2", "/V 4 /R 4 /CF << /StdCF << /CFM /AESV2 /Length 16 >> >> /StmF /StdCF /StrF /StdCF"));
    }

    /// <summary>A Word document saved with a password: Office then writes an OLE compound file holding the
    /// encrypted package instead of the usual ZIP (the header and stream names are what matters to a reader).</summary>
    public static byte[] ProtectedWordDocument()
    {
        var file = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(file, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(file, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(file, 1152);
        new Random(6).NextBytes(file.AsSpan(2048));
        return file;
    }

    public static byte[] ZipNamedPdf()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            using (var entry = new StreamWriter(zip.CreateEntry("cong-van.txt").Open())) entry.Write(File.ReadAllText(TestFiles.Letter("seed-000.txt")));
        return stream.ToArray();
    }

    /// <summary>A white A4 page at 50 DPI as a greyscale PNG: an image with no text on it.</summary>
    public static byte[] BlankPng(int width = 413, int height = 585)
    {
        var rows = new MemoryStream();
        using (var zlib = new ZLibStream(rows, CompressionLevel.Optimal, leaveOpen: true))
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0); // no filter
                zlib.Write(Enumerable.Repeat((byte)255, width).ToArray());
            }
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per sample; colour type 0 (grey), no interlace
        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", rows.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A PDF of <paramref name="pages"/> pages, each showing fifty lines of a real letter (folded to
    /// ASCII for a standard font): one content stream shared by every page keeps the file small.</summary>
    public static byte[] ManyPagePdf(int pages)
    {
        var lines = File.ReadAllLines(TestFiles.Letter("seed-000.txt")).Where(l => l.Trim().Length > 0).Take(50)
            .Select(l => VietnameseText.Fold(l)[..Math.Min(l.Length, 90)].Replace(@"\", @"\\").Replace("(", @"\(").Replace(")", @"\)"));
        var content = $"BT /F0 10 Tf 50 800 Td 14 TL\n{string.Concat(lines.Select(l => $"({l}) '\n"))}ET";
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{5 + i} 0 R"))}] /Count {pages} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        };
        objects.AddRange(Enumerable.Repeat("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F0 3 0 R >> >> /Contents 4 0 R >>", pages));
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:0000000000} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A file of the given size that takes no disk space until copied (a sparse file).</summary>
    public static void Huge(string path, long bytes)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.Write("%PDF-1.7\n"u8);
        stream.SetLength(bytes);
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
