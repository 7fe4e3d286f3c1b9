using UglyToad.PdfPig;
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
using UglyToad.PdfPig.Util;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Runs a page's content stream as PdfPig's own processor does, handing each glyph to
/// <see cref="PdfGlyphs"/> instead of making a <see cref="Letter"/>, and keeping the paths (for
/// rules) and the image references. Left out, because the reader never asks for them: marked content, glyph outlines and
/// colours, and clipping (off in PdfPig's options too, so its clip paths decided nothing).
/// </summary>
internal sealed class PdfGlyphProcessor : BaseStreamProcessor<PdfGlyphs>
{
    private readonly PdfGlyphs _glyphs;
    private PdfSubpath? _subpath;
    private PdfPath? _path;

    public PdfGlyphProcessor(
        int pageNumber, IResourceStore resourceStore, IPdfTokenScanner pdfScanner, IPageContentParser pageContentParser, ILookupFilterProvider filterProvider,
        CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix, ParsingOptions parsingOptions, PdfGlyphs glyphs)
        : base(pageNumber, resourceStore, pdfScanner, pageContentParser, filterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, parsingOptions)
    {
        _glyphs = glyphs;
    }

    public List<PdfPath> Paths { get; } = [];

    public List<(XObjectContentRecord? XObject, InlineImage? Inline)> Images { get; } = [];

    public override PdfGlyphs Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        PageNumber = pageNumberCurrent;
        CloneAllStates();
        ProcessOperations(operations);
        _glyphs.Flush();
        return _glyphs;
    }

    public override void RenderGlyph(
        IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize, int code, string unicode, long currentOffset,
        in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix, in TransformationMatrix transformationMatrix, CharacterBoundingBox characterBoundingBox)
    {
        var advance = PerformantRectangleTransformer.Transform(
            renderingMatrix, textMatrix, transformationMatrix, new PdfRectangle(0.0, 0.0, characterBoundingBox.Width, UserSpaceUnit.PointMultiples));
        var box = advance;
        if (PdfGlyphs.NeedsBox(advance.BottomLeft, advance.BottomRight, pointSize))
        {
            var glyph = PerformantRectangleTransformer.Transform(renderingMatrix, textMatrix, transformationMatrix, characterBoundingBox.GlyphBounds);
            box = glyph.Width > double.Epsilon || glyph.Height > double.Epsilon ? glyph : advance;
        }
        _glyphs.Add(unicode, advance.BottomLeft, advance.BottomRight, box, pointSize, font.Details, TextSequence, currentOffset > 0 && Diacritics.IsInCombiningDiacriticRange(unicode));
    }

    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord) => Images.Add((xObjectContentRecord, null));

    protected override void RenderInlineImage(InlineImage inlineImage) => Images.Add((null, inlineImage));

    public override void BeginSubpath()
    {
        _path ??= [];
        AddSubpath();
        _subpath = new PdfSubpath();
    }

    public override PdfPoint? CloseSubpath()
    {
        if (_subpath is null)
        {
            return null;
        }

        if (_subpath.Commands[0] is not PdfSubpath.Move { Location: var start })
        {
            throw new ArgumentException("CloseSubpath(): first command not Move.");
        }

        _subpath.CloseSubpath();
        AddSubpath();
        return start;
    }

    public override void StrokePath(bool close) => Paint(close, stroke: true, fill: null);

    public override void FillPath(FillingRule fillingRule, bool close) => Paint(close, stroke: false, fill: fillingRule);

    public override void FillStrokePath(FillingRule fillingRule, bool close) => Paint(close, stroke: true, fill: fillingRule);

    public override void MoveTo(double x, double y)
    {
        BeginSubpath();
        CurrentPosition = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        _subpath!.MoveTo(CurrentPosition.X, CurrentPosition.Y);
    }

    public override void BezierCurveTo(double x2, double y2, double x3, double y3)
    {
        if (_subpath is not null)
        {
            var control = CurrentTransformationMatrix.Transform(new PdfPoint(x2, y2));
            var end = CurrentTransformationMatrix.Transform(new PdfPoint(x3, y3));
            _subpath.BezierCurveTo(CurrentPosition.X, CurrentPosition.Y, control.X, control.Y, end.X, end.Y);
            CurrentPosition = end;
        }
    }

    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3)
    {
        if (_subpath is not null)
        {
            var first = CurrentTransformationMatrix.Transform(new PdfPoint(x1, y1));
            var second = CurrentTransformationMatrix.Transform(new PdfPoint(x2, y2));
            var end = CurrentTransformationMatrix.Transform(new PdfPoint(x3, y3));
            _subpath.BezierCurveTo(first.X, first.Y, second.X, second.Y, end.X, end.Y);
            CurrentPosition = end;
        }
    }

    public override void LineTo(double x, double y)
    {
        if (_subpath is not null)
        {
            CurrentPosition = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
            _subpath.LineTo(CurrentPosition.X, CurrentPosition.Y);
        }
    }

    public override void Rectangle(double x, double y, double width, double height)
    {
        BeginSubpath();
        var lowerLeft = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        var upperRight = CurrentTransformationMatrix.Transform(new PdfPoint(x + width, y + height));
        _subpath!.Rectangle(lowerLeft.X, lowerLeft.Y, upperRight.X - lowerLeft.X, upperRight.Y - lowerLeft.Y);
        AddSubpath();
    }

    public override void EndPath()
    {
        if (_path is null)
        {
            return;
        }

        AddSubpath();
        Paths.Add(_path);
        _path = null;
    }

    public override void ClosePath()
    {
        AddSubpath();
        if (_path is not null)
        {
            Paths.Add(_path);
        }

        _path = null;
    }

    public override void ModifyClippingIntersect(FillingRule clippingRule)
    {
        if (_path is not null)
        {
            AddSubpath();
            _path.SetClipping(clippingRule);
        }
    }

    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule)
    {
    }

    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties)
    {
    }

    public override void EndMarkedContent()
    {
    }

    public override void PaintShading(NameToken shadingName)
    {
    }

    private void Paint(bool close, bool stroke, FillingRule? fill)
    {
        if (_path is null)
        {
            return;
        }

        if (fill is { } rule)
        {
            _path.SetFilled(rule);
        }

        if (stroke)
        {
            _path.SetStroked();
        }

        if (close)
        {
            _subpath?.CloseSubpath();
        }

        ClosePath();
    }

    private void AddSubpath()
    {
        if (_subpath is not null)
        {
            _path!.Add(_subpath);
            _subpath = null;
        }
    }
}
