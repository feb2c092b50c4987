using System.Text;

namespace Extraction.Tests.Reading;

/// <summary>Writes small single-page PDFs by hand: text drawn in a named, non-embedded font with
/// WinAnsi codes (how .VnTime/VNI-Times text reaches a PDF), optionally with an encryption dictionary.</summary>
internal static class MinimalPdf
{
    public sealed record TextItem(string Font, double X, double Y, double Size, byte[] Codes);

    public static byte[] Build(IReadOnlyList<TextItem> items, bool encrypted = false)
    {
        var fonts = items.Select(i => i.Font).Distinct().ToList();
        var contentBytes = new MemoryStream();
        foreach (var item in items)
        {
            var ascii = Encoding.ASCII.GetBytes($"BT /F{fonts.IndexOf(item.Font)} {item.Size} Tf {item.X} {item.Y} Td <");
            contentBytes.Write(ascii);
            contentBytes.Write(Encoding.ASCII.GetBytes(Convert.ToHexString(item.Codes)));
            contentBytes.Write("> Tj ET\n"u8);
        }
        var fontRefs = string.Join(' ', fonts.Select((_, i) => $"/F{i} {5 + i} 0 R"));
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << {fontRefs} >> >> /Contents 4 0 R >>"),
            Ascii($"<< /Length {contentBytes.Length} >>\nstream\n").Concat(contentBytes.ToArray()).Concat(Ascii("\nendstream")).ToArray(),
        };
        var widths = string.Join(' ', Enumerable.Repeat("500", 224));
        objects.AddRange(fonts.Select(f => Ascii($"<< /Type /Font /Subtype /TrueType /BaseFont /{f} /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths [{widths}] /FontDescriptor {5 + fonts.Count + fonts.IndexOf(f)} 0 R >>")));
        objects.AddRange(fonts.Select(f => Ascii($"<< /Type /FontDescriptor /FontName /{f} /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>")));
        if (encrypted)
            objects.Add(Ascii($"<< /Filter /Standard /V 1 /R 2 /O <{new string('A', 64)}> /U <{new string('B', 64)}> /P -44 >>"));

        var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }
        var xref = pdf.Position;
        pdf.Write(Ascii($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets) pdf.Write(Ascii($"{offset:0000000000} 00000 n \n"));
        var encrypt = encrypted ? $" /Encrypt {objects.Count} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]" : "";
        pdf.Write(Ascii($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{encrypt} >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
