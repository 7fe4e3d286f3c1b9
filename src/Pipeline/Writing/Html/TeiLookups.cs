using System.Xml.Linq;

namespace Pipeline.Writing.Html;

/// <summary>
/// The TEI elements the page looks things up in — bibliography lists and facsimile surfaces, wherever
/// they stand — found in one walk of the document, in document order, instead of one search of the
/// whole tree for each.
/// </summary>
internal sealed class TeiLookups
{
    private static readonly XName ListBibl = TeiDocument.Ns + "listBibl";
    private static readonly XName Surface = TeiDocument.Ns + "surface";

    private TeiLookups()
    {
    }

    public List<XElement> BibliographyLists { get; } = [];

    public List<XElement> Surfaces { get; } = [];

    public static TeiLookups Find(XDocument tei)
    {
        var found = new TeiLookups();
        if (tei.Root is { } root)
        {
            found.Walk(root);
        }

        return found;
    }

    private void Walk(XElement element)
    {
        if (element.Name == ListBibl)
        {
            BibliographyLists.Add(element);
        }
        else if (element.Name == Surface)
        {
            Surfaces.Add(element);
        }

        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child)
            {
                Walk(child);
            }
        }
    }
}
