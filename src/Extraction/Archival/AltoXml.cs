using System.Globalization;
using System.Text;
using System.Xml;
using Extraction.Reading;
using Extraction.Reading.Ocr;

namespace Extraction.Archival;

/// <summary>
/// ALTO 4 (the Library of Congress's format for OCR text with coordinates) of a scanned letter: one
/// <c>Page</c> per recognised page, in pixels of the page image as received, its lines grouped into
/// text blocks, each word a <c>String</c> with its box, content and confidence (WC, 0..1).
/// </summary>
public static class AltoXml
{
    public const string Namespace = "http://www.loc.gov/standards/alto/ns-v4#";
    private const string SchemaLocation = Namespace + " http://www.loc.gov/alto/v4/alto-4-4.xsd";

    /// <summary>The ALTO file, UTF-8 without a byte order mark.</summary>
    public static byte[] Write(string sourceFileName, IReadOnlyList<OcrPage> pages)
    {
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartElement("alto", Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance", SchemaLocation);
            WriteDescription(xml, sourceFileName);
            xml.WriteStartElement("Layout", Namespace);
            foreach (var page in pages) WritePage(xml, page);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return output.ToArray();
    }

    private static void WriteDescription(XmlWriter xml, string sourceFileName)
    {
        xml.WriteStartElement("Description", Namespace);
        xml.WriteElementString("MeasurementUnit", Namespace, "pixel");
        xml.WriteStartElement("sourceImageInformation", Namespace);
        xml.WriteElementString("fileName", Namespace, sourceFileName);
        xml.WriteEndElement();
        xml.WriteStartElement("OCRProcessing", Namespace);
        xml.WriteAttributeString("ID", "ocr");
        xml.WriteStartElement("ocrProcessingStep", Namespace);
        xml.WriteStartElement("processingSoftware", Namespace);
        xml.WriteElementString("softwareName", Namespace, "Extraction (Tesseract 5, vie)");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WritePage(XmlWriter xml, OcrPage page)
    {
        var id = $"p{page.Number}";
        xml.WriteStartElement("Page", Namespace);
        xml.WriteAttributeString("ID", id);
        xml.WriteAttributeString("PHYSICAL_IMG_NR", page.Number.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("WIDTH", page.Width.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("HEIGHT", page.Height.ToString(CultureInfo.InvariantCulture));
        xml.WriteStartElement("PrintSpace", Namespace);
        WriteBox(xml, page.Lines.Count == 0 ? new Box(0, 0, page.Width, page.Height) : BoxGeometry.Union(page.Lines.Select(l => l.Box)));
        var angle = UprightView.TextAngle(page);
        int block = 0, line = 0, word = 0;
        foreach (var lines in TextBlocks(page.Lines, UprightView.Of(page).Lines))
        {
            xml.WriteStartElement("TextBlock", Namespace);
            xml.WriteAttributeString("ID", $"{id}_b{++block}");
            WriteBox(xml, BoxGeometry.Union(lines.Select(l => l.Box)));
            if (angle != 0) xml.WriteAttributeString("ROTATION", angle.ToString(CultureInfo.InvariantCulture));
            foreach (var textLine in lines)
            {
                xml.WriteStartElement("TextLine", Namespace);
                xml.WriteAttributeString("ID", $"{id}_l{++line}");
                WriteBox(xml, textLine.Box);
                for (var i = 0; i < textLine.Words.Count; i++)
                {
                    // SP has a left edge and a width only: it cannot say where the space of a turned line is.
                    if (i > 0 && angle == 0) WriteSpace(xml, textLine.Words[i - 1].Box, textLine.Words[i].Box);
                    WriteString(xml, textLine.Words[i], $"{id}_w{++word}");
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Lines in reading order split where the text, read upright, jumps back up (the next column
    /// of a header) or leaves a gap taller than a line (a new paragraph or part of the letter).</summary>
    private static IEnumerable<List<OcrLine>> TextBlocks(IReadOnlyList<OcrLine> lines, IReadOnlyList<OcrLine> upright)
    {
        var block = new List<OcrLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (block.Count > 0)
            {
                Box previous = upright[i - 1].Box, current = upright[i].Box;
                var gap = current.Top - (previous.Top + previous.Height);
                if (current.Top < previous.Top || gap > previous.Height)
                {
                    yield return block;
                    block = [];
                }
            }
            block.Add(lines[i]);
        }
        if (block.Count > 0) yield return block;
    }

    private static void WriteString(XmlWriter xml, OcrWord word, string id)
    {
        xml.WriteStartElement("String", Namespace);
        xml.WriteAttributeString("ID", id);
        WriteBox(xml, word.Box);
        xml.WriteAttributeString("CONTENT", word.Text);
        xml.WriteAttributeString("WC", Math.Round(word.Confidence, 2).ToString("0.00", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void WriteSpace(XmlWriter xml, Box before, Box after)
    {
        var left = before.Left + before.Width;
        xml.WriteStartElement("SP", Namespace);
        xml.WriteAttributeString("HPOS", Pixels(left));
        xml.WriteAttributeString("VPOS", Pixels(Math.Min(before.Top, after.Top)));
        xml.WriteAttributeString("WIDTH", Pixels(Math.Max(0, after.Left - left)));
        xml.WriteEndElement();
    }

    private static void WriteBox(XmlWriter xml, Box box)
    {
        xml.WriteAttributeString("HPOS", Pixels(box.Left));
        xml.WriteAttributeString("VPOS", Pixels(box.Top));
        xml.WriteAttributeString("WIDTH", Pixels(box.Width));
        xml.WriteAttributeString("HEIGHT", Pixels(box.Height));
    }

    private static string Pixels(double value) => Math.Round(value).ToString("0", CultureInfo.InvariantCulture);
}
