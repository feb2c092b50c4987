using System.Text;
using Extraction.Reading.Ocr;
using static Extraction.Archival.PdfObjectWriter;

namespace Extraction.Archival;

/// <summary>
/// The searchable PDF of a scanned letter: one page per recognised page, its original image (a JPEG
/// embedded as received, any other image losslessly) under the invisible words of the recognition
/// pass. Nothing is recognised again: the words come from the letter's <see cref="OcrPage"/>s.
/// </summary>
public sealed class SearchablePdf(OcrOptions options)
{
    private readonly Lazy<byte[]> fontFile = new(() => ReadFont(options.TessdataDirectory));

    /// <summary>The searchable PDF of <paramref name="originalPath"/>, whose pages were recognised as <paramref name="pages"/>.</summary>
    public byte[] Build(string originalPath, IReadOnlyList<OcrPage> pages)
    {
        if (pages.Count == 0) throw new ArgumentException("A searchable PDF needs at least one recognised page.", nameof(pages));
        var images = OriginalPageImages.Read(originalPath, [.. pages.Select(p => p.Number)], options.WorkingResolution);
        return Write([.. pages.Zip(images)]);
    }

    internal byte[] Write(IReadOnlyList<(OcrPage Page, PageImage Image)> pages)
    {
        var pdf = new PdfObjectWriter();
        var catalog = pdf.Reserve();
        var tree = pdf.Reserve();
        var font = GlyphlessFont.Add(pdf, fontFile.Value);
        var kids = pages.Select(p => AddPage(pdf, tree, font, p.Page, p.Image)).ToList();
        pdf.Set(tree, $"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(Reference))}] /Count {kids.Count} >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {Reference(tree)} >>");
        using var output = new MemoryStream();
        pdf.WriteTo(output, catalog);
        return output.ToArray();
    }

    private static int AddPage(PdfObjectWriter pdf, int tree, int font, OcrPage page, PageImage image)
    {
        if (image.Width != page.Width || image.Height != page.Height)
            throw new InvalidOperationException($"Page {page.Number}'s image is {image.Width} × {image.Height} pixels but was recognised at {page.Width} × {page.Height}.");
        var resolution = page.Preparation.SourceResolution > 0 ? page.Preparation.SourceResolution : 300;
        var pointsPerPixel = 72.0 / resolution;
        double width = image.Width * pointsPerPixel, height = image.Height * pointsPerPixel;
        var picture = pdf.AddStream($"/Type /XObject /Subtype /Image /Width {image.Width} /Height {image.Height} " +
            $"/ColorSpace {image.ColourSpace} /BitsPerComponent {image.BitsPerComponent} /Filter /{image.Filter}", image.Data);
        var drawing = $"q {Number(width)} 0 0 {Number(height)} 0 0 cm /Im1 Do Q\n" + TextLayer(page, pointsPerPixel, width, height);
        var content = pdf.AddStream("", Encoding.ASCII.GetBytes(drawing));
        return pdf.Add($"<< /Type /Page /Parent {Reference(tree)} /MediaBox [0 0 {Number(width)} {Number(height)}] " +
            $"/Resources << /XObject << /Im1 {Reference(picture)} >> /Font << {InvisibleTextLayer.FontName} {Reference(font)} >> >> /Contents {Reference(content)} >>");
    }

    /// <summary>The invisible words laid out on the upright page, then turned onto the page as received,
    /// so that on a page scanned sideways they run along the printed lines.</summary>
    private static string TextLayer(OcrPage page, double pointsPerPixel, double width, double height)
    {
        var upright = UprightView.Of(page);
        var layer = InvisibleTextLayer.Of(upright, pointsPerPixel, upright.Height * pointsPerPixel);
        var turns = UprightView.QuarterTurns(page);
        return turns == 0 ? layer : $"q {UprightView.PlacingMatrix(turns, width, height)} cm\n{layer}Q\n";
    }

    private static byte[] ReadFont(string tessdata)
    {
        var path = Path.Combine(tessdata, GlyphlessFont.FileName);
        if (!File.Exists(path))
            throw new FileNotFoundException($"The text layer's font {path} is missing; it comes with Tesseract: {TesseractLibrary.InstallCommand}", path);
        return File.ReadAllBytes(path);
    }
}
