using System.Text;

namespace Extraction.Reading;

/// <summary>Reads UTF-8 (with or without BOM) and UTF-16 text and markdown files, one line per line
/// (a markdown table that only lays out the header or the signer block: one line per line of its cells;
/// a table laid out with spaces: one markdown row per row).</summary>
public sealed class TextFileReader
{
    public static readonly TextFileReader Instance = new();

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ReadDocument Read(string path)
    {
        var text = Decode(File.ReadAllBytes(path));
        var lines = MarkdownLayoutTables.Unfold(AlignedTextTables.Unfold(text.ReplaceLineEndings("\n").Split('\n')))
            .Select(l => new TextLine(l, LineOrigin.Text))
            .ToList();
        return new ReadDocument { MediaType = "text/plain", Pages = [new PageText(1, lines)] };
    }

    /// <summary>BOM first; else strict UTF-8; else the bytes are an 8-bit legacy code page, kept
    /// byte for byte as Latin-1 so the legacy-encoding repair can see the original byte values.</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE })) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF })) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
