using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Pipeline.Writing.Html;

/// <summary>
/// Element and text construction on one AngleSharp document. Text only ever enters as text nodes and
/// values only as attribute values, so the serializer escapes every character that could end them.
/// </summary>
internal sealed class HtmlDom
{
    private readonly IElementFactory<Document, HtmlElement> _elements;

    private HtmlDom(IDocument document)
    {
        Document = document;
        // Looked up once: Document.CreateElement asks the browsing context's services for it per element.
        _elements = document.Context.GetFactory<IElementFactory<Document, HtmlElement>>();
    }

    public IDocument Document { get; }

    public static HtmlDom CreatePage(string language)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        document.DocumentElement.Attr("lang", language);
        return new HtmlDom(document);
    }

    /// <summary>An existing page, to change and serialize again.</summary>
    public static HtmlDom Parse(string html) => new(new HtmlParser().ParseDocument(html));

    /// <summary>The head every page has: UTF-8, phone-width viewport, its title and the inline style.</summary>
    public IElement Head(string title)
    {
        var head = Document.Head!;
        Append(head, "meta").Attr("charset", "utf-8");
        var viewport = Append(head, "meta");
        viewport.Attr("name", "viewport");
        viewport.Attr("content", "width=device-width, initial-scale=1");
        AppendText(head, "title", title);
        Append(head, "style").TextContent = PageAssets.Style;
        return head;
    }

    public IElement Element(string name, string? className = null)
    {
        var element = _elements.Create((Document)Document, name, null, NodeFlags.None);
        if (className is not null)
        {
            element.Attr("class", className);
        }

        return element;
    }

    public IElement Append(INode parent, string name, string? className = null)
    {
        var element = Element(name, className);
        Add(parent, element);
        return element;
    }

    public IElement AppendText(INode parent, string name, string text, string? className = null)
    {
        var element = Append(parent, name, className);
        Text(element, text);
        return element;
    }

    public void Text(INode parent, string text)
    {
        if (text.Length > 0)
        {
            Add(parent, Document.CreateTextNode(text));
        }
    }

    /// <summary>
    /// Appends a node the way AngleSharp's parser does. <c>AppendChild</c> would also walk the node's
    /// subtree for connection callbacks and re-check the document's base URL on every insertion, which
    /// a page built to be serialized has no use for.
    /// </summary>
    public static void Add(INode parent, INode child) => ((Node)parent).AddNode((Node)child);

    /// <summary>The page as UTF-8.</summary>
    public byte[] Serialize() => MarkupWriter.Utf8(Document);

    /// <summary>
    /// Every element with an id under <paramref name="root"/>, the first in document order for an id
    /// given twice, found in one walk of the tree.
    /// </summary>
    public static Dictionary<string, IElement> Ids(IElement root)
    {
        var ids = new Dictionary<string, IElement>(StringComparer.Ordinal);
        Collect(root, ids);
        return ids;

        static void Collect(IElement element, Dictionary<string, IElement> ids)
        {
            if (element.Id is { } id)
            {
                ids.TryAdd(id, element);
            }

            var children = element.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is IElement child)
                {
                    Collect(child, ids);
                }
            }
        }
    }
}

/// <summary>Attribute setting for pages being built.</summary>
internal static class HtmlAttributes
{
    /// <summary>
    /// Sets an attribute the way AngleSharp's tree builder does: no mutation records or attribute
    /// observers, which a page built to be serialized has no use for and which cost more than the attribute.
    /// </summary>
    public static void Attr(this IElement element, string name, string value) =>
        ((IConstructableElement)element).SetOwnAttribute(name, value);
}
