using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.XObjects;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// A page as <see cref="PdfGlyphPageFactory"/> reads it: its glyphs, paths and image references,
/// its images decoded only when asked for.
/// </summary>
internal sealed class PdfPageContent
{
    private readonly IPdfTokenScanner _scanner;
    private readonly ILookupFilterProvider _filters;
    private readonly IResourceStore _resources;
    private readonly List<(XObjectContentRecord? XObject, InlineImage? Inline)> _images;

    public PdfPageContent(
        int number, PdfRectangle visibleBounds, List<PdfGlyph> glyphs, List<PdfPath> paths, List<(XObjectContentRecord? XObject, InlineImage? Inline)> images,
        IPdfTokenScanner scanner, ILookupFilterProvider filters, IResourceStore resources)
    {
        Number = number;
        Width = visibleBounds.Width;
        Height = visibleBounds.Height;
        Glyphs = glyphs;
        Paths = paths;
        _images = images;
        _scanner = scanner;
        _filters = filters;
        _resources = resources;
    }

    public int Number { get; }

    public double Width { get; }

    public double Height { get; }

    public List<PdfGlyph> Glyphs { get; }

    public IReadOnlyList<PdfPath> Paths { get; }

    /// <summary>The page's images in the order it draws them, as <see cref="Page.GetImages"/> gives them.</summary>
    public IEnumerable<IPdfImage> GetImages()
    {
        foreach (var (xObject, inline) in _images)
        {
            yield return xObject is not null ? XObjectFactory.ReadImage(xObject, _scanner, _filters, _resources) : inline!;
        }
    }
}
