using System.IO.Compression;

namespace Extraction.Archival;

/// <summary>
/// The font of an invisible text layer: a composite font (Type0, Identity-H) whose codes are the text's
/// UTF-16 code units, every one drawn with the single empty glyph of Tesseract's <c>pdf.ttf</c> and
/// half an em wide, and mapped back to itself for copy and search (ToUnicode). The same scheme as
/// Tesseract's own PDF renderer: any text fits, and the font file is a few hundred bytes.
/// </summary>
internal static class GlyphlessFont
{
    public const string FileName = "pdf.ttf";
    /// <summary>Advance of every code, in thousandths of an em.</summary>
    public const double Advance = 500;

    private const string ToUnicode = """
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
        /CMapName /Adobe-Identity-UCS def
        /CMapType 2 def
        1 begincodespacerange
        <0000> <FFFF>
        endcodespacerange
        1 beginbfrange
        <0000> <FFFF> <0000>
        endbfrange
        endcmap
        CMapName currentdict /CMap defineresource pop
        end
        end
        """;

    private static readonly Lazy<byte[]> EveryCodeToGlyphOne = new(() =>
    {
        var map = new byte[2 * 65536];
        for (var code = 0; code < 65536; code++) map[2 * code + 1] = 1;
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(map);
        return buffer.ToArray();
    });

    /// <summary>Writes the font's objects and returns the number of the font to name in page resources.</summary>
    public static int Add(PdfObjectWriter pdf, byte[] fontFile)
    {
        var file = pdf.AddStream($"/Length1 {fontFile.Length}", fontFile);
        var descriptor = pdf.Add($"<< /Type /FontDescriptor /FontName /GlyphLessFont /Flags 5 /FontBBox [0 0 {Advance} 1000] /ItalicAngle 0 " +
            $"/Ascent 1000 /Descent 0 /CapHeight 1000 /StemV 80 /FontFile2 {PdfObjectWriter.Reference(file)} >>");
        var cidToGid = pdf.AddStream("/Filter /FlateDecode", EveryCodeToGlyphOne.Value);
        var cidFont = pdf.Add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GlyphLessFont " +
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> " +
            $"/FontDescriptor {PdfObjectWriter.Reference(descriptor)} /DW {Advance} /CIDToGIDMap {PdfObjectWriter.Reference(cidToGid)} >>");
        var toUnicode = pdf.AddStream("", System.Text.Encoding.ASCII.GetBytes(ToUnicode));
        return pdf.Add($"<< /Type /Font /Subtype /Type0 /BaseFont /GlyphLessFont /Encoding /Identity-H " +
            $"/DescendantFonts [{PdfObjectWriter.Reference(cidFont)}] /ToUnicode {PdfObjectWriter.Reference(toUnicode)} >>");
    }
}
