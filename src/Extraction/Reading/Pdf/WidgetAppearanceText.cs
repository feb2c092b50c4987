using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Extraction.Reading.Pdf;

/// <summary>The text printed by a page's form-field widgets, which PdfPig leaves out of
/// <see cref="Page.Letters"/>: e-signature stamps ("Ký bởi: ...", "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC ...")
/// and the number and day an e-office system fills into the blanks of "Số:" and "ngày". One block
/// of words per widget, placed on the page (top-left origin).</summary>
public sealed record WidgetAppearanceText(IReadOnlyList<WidgetTextBlock> Blocks);

public sealed record WidgetTextBlock(IReadOnlyList<PlacedWord> Words, Box Box);

/// <summary>Builds <see cref="WidgetAppearanceText"/> pages: register with
/// <c>document.AddPageFactory&lt;WidgetAppearanceText, WidgetAppearancePageFactory&gt;()</c>.</summary>
public sealed class WidgetAppearancePageFactory(
    IPdfTokenScanner scanner, IResourceStore resources, ILookupFilterProvider filters, IPageContentParser parser, UglyToad.PdfPig.ParsingOptions options)
    : BasePageFactory<WidgetAppearanceText>(scanner, resources, filters, parser, options)
{
    // Annotation flags (PDF 32000-1, table 165): Invisible, Hidden, NoView.
    private const int NotShown = 1 | 2 | 32;

    protected override WidgetAppearanceText ProcessPage(int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations,
        MediaBox mediaBox, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix,
        IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var blocks = new List<WidgetTextBlock>();
        if (Get<ArrayToken>(dictionary, NameToken.Annots) is not { } annotations) return new WidgetAppearanceText(blocks);
        var pageHeight = mediaBox.Bounds.Height;
        foreach (var item in annotations.Data)
        {
            if (Resolve<DictionaryToken>(item) is not { } annotation) continue;
            if (Get<NameToken>(annotation, NameToken.Subtype)?.Data != NameToken.Widget.Data) continue;
            if (Get<NumericToken>(annotation, NameToken.F) is { } flags && (flags.Int & NotShown) != 0) continue;
            if (NormalAppearance(annotation) is not { } appearance || Rectangle(annotation) is not { } rect) continue;

            var collector = new AppearanceLetterCollector(pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider,
                cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions);
            var glyphs = collector.GlyphsOf(appearance);
            if (glyphs.Count == 0) continue;
            var toPage = AppearanceToPage(appearance, rect);
            var words = AppearanceWords.Of(glyphs.Select(g => toPage(g)).ToList(), pageHeight);
            if (words.Count > 0)
                blocks.Add(new WidgetTextBlock(words, new Box(rect.Left, pageHeight - rect.Top, rect.Width, rect.Height)));
        }
        return new WidgetAppearanceText(blocks);
    }

    // PDF 32000-1, 12.5.5: the appearance's bounding box, transformed by its matrix, is fitted onto the annotation's rectangle.
    private Func<AppearanceGlyph, AppearanceGlyph> AppearanceToPage(StreamToken appearance, PdfRectangle rect)
    {
        var bbox = Get<ArrayToken>(appearance.StreamDictionary, NameToken.Bbox) is { Data.Count: 4 } b ? Numbers(b) : [0, 0, rect.Width, rect.Height];
        var matrix = Get<ArrayToken>(appearance.StreamDictionary, NameToken.Matrix) is { Data.Count: 6 } m
            ? TransformationMatrix.FromArray(Numbers(m))
            : TransformationMatrix.Identity;
        var box = matrix.Transform(new PdfRectangle(bbox[0], bbox[1], bbox[2], bbox[3])).Normalise();
        var scaleX = box.Width > 0 ? rect.Width / box.Width : 1;
        var scaleY = box.Height > 0 ? rect.Height / box.Height : 1;
        return g => new AppearanceGlyph(rect.Left + (g.Left - box.Left) * scaleX, rect.Left + (g.Right - box.Left) * scaleX,
            rect.Bottom + (g.Baseline - box.Bottom) * scaleY, g.Size * scaleY, g.Text);
    }

    private double[] Numbers(ArrayToken array) => array.Data.Select(t => Resolve<NumericToken>(t)?.Double ?? 0).ToArray();

    private StreamToken? NormalAppearance(DictionaryToken annotation)
    {
        if (Get<DictionaryToken>(annotation, NameToken.Ap) is not { } appearances) return null;
        if (!appearances.Data.TryGetValue(NameToken.N.Data, out var normal)) return null;
        return Resolve<StreamToken>(normal);
    }

    private PdfRectangle? Rectangle(DictionaryToken annotation)
    {
        if (Get<ArrayToken>(annotation, NameToken.Rect) is not { Data.Count: 4 } rect) return null;
        var n = Numbers(rect);
        return new PdfRectangle(Math.Min(n[0], n[2]), Math.Min(n[1], n[3]), Math.Max(n[0], n[2]), Math.Max(n[1], n[3]));
    }

    private T? Get<T>(DictionaryToken dictionary, NameToken key) where T : class, IToken =>
        dictionary.TryGet(key, PdfScanner, out T? value) ? value : null;

    private T? Resolve<T>(IToken token) where T : class, IToken => token switch
    {
        T direct => direct,
        IndirectReferenceToken reference => PdfScanner.Get(reference.Data)?.Data as T,
        _ => null,
    };
}
