using System.Xml;
using System.Xml.Linq;

namespace Pipeline.Writing.Html;

/// <summary>
/// The proofreading page behind the writer seam: renders the validated TEI, and places each diagnostic
/// by the model's source spans. Needs the TEI writer before it in the list.
/// </summary>
public sealed class HtmlDocumentWriter : IDocumentWriter
{
    public const string FormatName = "html";

    public string Name => FormatName;

    public string Extension => ".html";

    public bool WritesTei => false;

    public byte[] Write(WriterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Tei is null)
        {
            throw new InvalidOperationException("the HTML page is made from the TEI: the TEI writer must come before it.");
        }

        XDocument tei;
        try
        {
            tei = TeiDocument.Load(input.Tei);
        }
        catch (XmlException e)
        {
            throw new InvalidOperationException("the TEI could not be read back: " + e.Message, e);
        }

        return HtmlPageWriter.Render(new HtmlPageSource
        {
            DocumentId = input.Document.Id,
            Tei = tei,
            Diagnostics = Place(input.Document, input.Diagnostics, tei),
        });
    }

    /// <summary>The diagnostics placed on the page of <paramref name="tei"/> by the model it was written from: what a batch's page and a preview given the sources both show.</summary>
    internal static System.Collections.Immutable.ImmutableArray<PlacedDiagnostic> Place(Model.Document document, IEnumerable<Diagnostics.Diagnostic> diagnostics, XDocument tei) =>
        DiagnosticPlacement.Place(document, diagnostics, BodyParagraphs(tei));

    /// <summary>The body paragraphs the page numbers: those of the body outside notes and figures.</summary>
    internal static int BodyParagraphs(XDocument tei) =>
        tei.Root?.Element(TeiDocument.Ns + "text")?.Element(TeiDocument.Ns + "body") is { } body ? Paragraphs(body) : 0;

    // One walk that does not enter notes and figures, rather than every paragraph's ancestors asked.
    private static int Paragraphs(XElement element)
    {
        var count = 0;
        foreach (var child in element.Elements())
        {
            if (child.Name == TeiDocument.Ns + "note" || child.Name == TeiDocument.Ns + "figure")
            {
                continue;
            }

            count += (child.Name == TeiDocument.Ns + "p" ? 1 : 0) + Paragraphs(child);
        }

        return count;
    }
}
