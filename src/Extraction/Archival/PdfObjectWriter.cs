using System.Globalization;
using System.Text;

namespace Extraction.Archival;

/// <summary>
/// The syntax of a PDF file (ISO 32000-1, 7.5): numbered objects, streams with their length, the
/// cross-reference table and the trailer. Knows nothing of pages or fonts.
/// </summary>
internal sealed class PdfObjectWriter
{
    private readonly List<byte[]?> objects = [];

    /// <summary>A number for an object written later with <see cref="Set"/> (a parent its children point back to).</summary>
    public int Reserve()
    {
        objects.Add(null);
        return objects.Count;
    }

    public int Add(string body)
    {
        var number = Reserve();
        Set(number, body);
        return number;
    }

    public void Set(int number, string body) => objects[number - 1] = Latin1($"{number} 0 obj\n{body}\nendobj\n");

    /// <summary>A stream; <paramref name="dictionary"/> is the inside of its dictionary, without the length.</summary>
    public int AddStream(string dictionary, byte[] data)
    {
        var number = Reserve();
        using var buffer = new MemoryStream(data.Length + 100);
        buffer.Write(Latin1($"{number} 0 obj\n<< {dictionary} /Length {data.Length} >>\nstream\n"));
        buffer.Write(data);
        buffer.Write(Latin1("\nendstream\nendobj\n"));
        objects[number - 1] = buffer.ToArray();
        return number;
    }

    public static string Reference(int number) => $"{number} 0 R";

    public static string Number(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

    public void WriteTo(Stream output, int catalog)
    {
        var offsets = new List<long>();
        long position = 0;
        void Write(byte[] bytes)
        {
            output.Write(bytes);
            position += bytes.Length;
        }
        // The comment of bytes above 127 tells transfer programs the file is binary.
        Write([.. Latin1("%PDF-1.7\n%"), 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
        foreach (var body in objects)
        {
            offsets.Add(position);
            Write(body ?? throw new InvalidOperationException("An object was reserved and never written."));
        }
        var xref = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) xref.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        xref.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root {Reference(catalog)} >>\nstartxref\n{position}\n%%EOF\n");
        Write(Latin1(xref.ToString()));
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
