using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Extraction.Reading.Pdf;

/// <summary>A glyph drawn by an appearance stream, in the stream's own space (y up).</summary>
internal readonly record struct AppearanceGlyph(double Left, double Right, double Baseline, double Size, string Text);

/// <summary>Runs one appearance stream through PdfPig's content processor, keeping only the glyphs.</summary>
internal sealed class AppearanceLetterCollector(
    int pageNumber, IResourceStore resources, IPdfTokenScanner scanner, IPageContentParser parser, ILookupFilterProvider filters,
    CropBox cropBox, UserSpaceUnit unit, PageRotationDegrees rotation, TransformationMatrix initialMatrix, UglyToad.PdfPig.ParsingOptions options)
    : BaseStreamProcessor<IReadOnlyList<AppearanceGlyph>>(pageNumber, resources, scanner, parser, filters, cropBox, unit, rotation, initialMatrix, options)
{
    private readonly List<AppearanceGlyph> glyphs = [];

    public IReadOnlyList<AppearanceGlyph> GlyphsOf(StreamToken appearance)
    {
        Process(PageNumber, []);
        ProcessFormXObject(appearance, NameToken.Create("Appearance"));
        return glyphs;
    }

    public override IReadOnlyList<AppearanceGlyph> Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        PageNumber = pageNumberCurrent;
        CloneAllStates();
        ProcessOperations(operations);
        return glyphs;
    }

    public override void RenderGlyph(IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize, int code, string unicode,
        long currentOffset, in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix, in TransformationMatrix transformationMatrix,
        CharacterBoundingBox characterBoundingBox)
    {
        var origin = ToForm(new PdfPoint(0, 0), renderingMatrix, textMatrix, transformationMatrix);
        var end = ToForm(new PdfPoint(characterBoundingBox.Width, 0), renderingMatrix, textMatrix, transformationMatrix);
        glyphs.Add(new AppearanceGlyph(origin.X, end.X, origin.Y, pointSize, unicode));
    }

    private static PdfPoint ToForm(PdfPoint point, in TransformationMatrix rendering, in TransformationMatrix text, in TransformationMatrix transformation) =>
        transformation.Transform(text.Transform(rendering.Transform(point)));

    // Only glyphs matter here: paths, images, clipping and marked content are ignored.
    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties) { }
    public override void EndMarkedContent() { }
    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord) { }
    protected override void RenderInlineImage(InlineImage inlineImage) { }
    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule) { }
    public override void BeginSubpath() { }
    public override PdfPoint? CloseSubpath() => null;
    public override void StrokePath(bool close) { }
    public override void FillPath(FillingRule fillingRule, bool close) { }
    public override void FillStrokePath(FillingRule fillingRule, bool close) { }
    public override void MoveTo(double x, double y) { }
    public override void BezierCurveTo(double x2, double y2, double x3, double y3) { }
    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3) { }
    public override void LineTo(double x, double y) { }
    public override void Rectangle(double x, double y, double width, double height) { }
    public override void EndPath() { }
    public override void ClosePath() { }
    public override void ModifyClippingIntersect(FillingRule clippingRule) { }
    public override void PaintShading(NameToken shadingName) { }
}
