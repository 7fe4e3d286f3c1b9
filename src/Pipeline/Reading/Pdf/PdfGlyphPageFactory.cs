using UglyToad.PdfPig;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Makes <see cref="PdfPageContent"/> pages (<c>pdf.GetPage&lt;PdfPageContent&gt;(n)</c> after
/// <c>pdf.AddPageFactory&lt;PdfPageContent, PdfGlyphPageFactory&gt;()</c>). PdfPig calls the
/// constructor by reflection with exactly these parameters.
/// </summary>
internal sealed class PdfGlyphPageFactory : BasePageFactory<PdfPageContent>
{
    /// <summary>A page's glyph list starts this large, or a little larger than the page before it (pages of one document hold alike).</summary>
    private const int MinimumCapacity = 256;

    private int _lastGlyphCount;

    public PdfGlyphPageFactory(IPdfTokenScanner pdfScanner, IResourceStore resourceStore, ILookupFilterProvider filterProvider, IPageContentParser pageContentParser, ParsingOptions parsingOptions)
        : base(pdfScanner, resourceStore, filterProvider, pageContentParser, parsingOptions)
    {
    }

    protected override PdfPageContent ProcessPage(
        int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations, MediaBox mediaBox, CropBox cropBox, UserSpaceUnit userSpaceUnit,
        PageRotationDegrees rotation, TransformationMatrix initialMatrix, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var links = Links(new AnnotationProvider(PdfScanner, dictionary, initialMatrix, namedDestinations, ParsingOptions.Logger));
        var glyphs = new PdfGlyphs(links, Math.Max(MinimumCapacity, _lastGlyphCount + (_lastGlyphCount / 8)));
        var processor = new PdfGlyphProcessor(pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions, glyphs);
        if (operations is { Count: > 0 })
        {
            processor.Process(pageNumber, operations);
        }

        _lastGlyphCount = glyphs.Glyphs.Count;
        return new PdfPageContent(pageNumber, cropBox.GetVisibleBounds(rotation), glyphs.Glyphs, processor.Paths, processor.Images, PdfScanner, FilterProvider, ResourceStore);
    }

    /// <summary>Link annotations with a URI action, as <see cref="Page.GetHyperlinks"/> finds them (without the words under each, which it also gathers).</summary>
    private List<(PdfRectangle Bounds, string Uri)> Links(AnnotationProvider annotations)
    {
        var links = new List<(PdfRectangle, string)>();
        foreach (var annotation in annotations.GetAnnotations())
        {
            if (annotation.Type == AnnotationType.Link
                && annotation.AnnotationDictionary.TryGet<DictionaryToken>(NameToken.A, PdfScanner, out var action)
                && action.TryGet<NameToken>(NameToken.S, PdfScanner, out var kind) && kind == NameToken.Uri
                && action.TryGet<IDataToken<string>>(NameToken.Uri, PdfScanner, out var uri) && !string.IsNullOrEmpty(uri.Data))
            {
                links.Add((annotation.Rectangle, uri.Data));
            }
        }

        return links;
    }
}
