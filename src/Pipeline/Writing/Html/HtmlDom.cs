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

    // Every id given through Id, the first element for each: what a walk of the page would find, kept
    // as the page is built. An id given twice falls back to the walk, which finds the first in document
    // order (an element can be filled before it is put in its place).
    private readonly Dictionary<string, IElement> _ids = new(StringComparer.Ordinal);
    private bool _idGivenTwice;

    private HtmlDom(IDocument document)
    {
        Document = document;
        // Looked up once: Document.CreateElement asks the browsing context's services for it per element.
        _elements = document.Context.GetFactory<IElementFactory<Document, HtmlElement>>();
    }

    public IDocument Document { get; }

    /// <summary>
    /// A new page: its language, and the head every page has (UTF-8, phone-width viewport, its title and
    /// the inline style). The fixed part is cloned from a shell built once per process.
    /// </summary>
    public static HtmlDom CreatePage(string language, string title)
    {
        var dom = new HtmlDom(PageShell.Clone());
        dom.Document.DocumentElement.Attr("lang", language);
        dom.Text(dom.Head.Children.First(e => e.LocalName == "title"), title);
        return dom;
    }

    /// <summary>An existing page, to change and serialize again.</summary>
    public static HtmlDom Parse(string html) => new(new HtmlParser().ParseDocument(html));

    public IElement Head => Document.Head!;

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

    /// <summary>
    /// Puts <paramref name="child"/> before <paramref name="reference"/> (at the end when it is null),
    /// as <see cref="Add"/> does: <c>InsertBefore</c> would walk the whole inserted subtree for
    /// connection callbacks, and the diagnostics panel alone is a thousand nodes.
    /// </summary>
    public static void Insert(INode parent, INode child, INode? reference)
    {
        var children = parent.ChildNodes;
        var index = children.Length;
        if (reference is not null)
        {
            for (index = 0; index < children.Length && !ReferenceEquals(children[index], reference); index++)
            {
            }

            if (index == children.Length)
            {
                throw new InvalidOperationException("the node to insert before is not a child of the parent.");
            }
        }

        ((Node)parent).InsertNode(index, (Node)child);
    }

    /// <summary>The page as UTF-8.</summary>
    public byte[] Serialize() => MarkupWriter.Utf8(Document);

    /// <summary>Gives <paramref name="element"/> its id, and keeps it for <see cref="Ids"/>.</summary>
    public void Id(IElement element, string id)
    {
        element.Attr("id", id);
        _idGivenTwice |= !_ids.TryAdd(id, element);
    }

    /// <summary>
    /// Every element with an id under <paramref name="root"/>, the first in document order for an id
    /// given twice. When every id was given once through <see cref="Id"/> and the ids asked for are those of
    /// elements already in the page, these are the ones kept while building; otherwise one walk of the tree finds them.
    /// </summary>
    public IReadOnlyDictionary<string, IElement> Ids(IElement root)
    {
        if (!_idGivenTwice)
        {
            return _ids;
        }

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

/// <summary>
/// What every page starts with: doctype, html, the head's meta, title and style elements, an empty
/// body. Built once per process and only ever read, by cloning it under a lock (a clone reads the
/// shell's tree, which must not change meanwhile).
/// </summary>
internal static class PageShell
{
    private static readonly Lock Gate = new();
    private static readonly IDocument Shell = Build();

    public static IDocument Clone()
    {
        lock (Gate)
        {
            return (IDocument)Shell.Clone(deep: true);
        }
    }

    private static IDocument Build()
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        var head = document.Head!;
        Meta(document, head).Attr("charset", "utf-8");
        var viewport = Meta(document, head);
        viewport.Attr("name", "viewport");
        viewport.Attr("content", "width=device-width, initial-scale=1");
        head.AppendChild(document.CreateElement("title"));
        head.AppendChild(document.CreateElement("style")).TextContent = PageAssets.Style;
        return document;
    }

    private static IElement Meta(IDocument document, IElement head) => (IElement)head.AppendChild(document.CreateElement("meta"));
}

/// <summary>Attribute setting for pages being built.</summary>
internal static class HtmlAttributes
{
    /// <summary>
    /// Sets an attribute the way AngleSharp's tree builder does: no mutation records or attribute
    /// observers, which a page built to be serialized has no use for and which cost more than the
    /// attribute. A name the element does not have yet is appended as the parser appends a tag's
    /// attributes; only a name already set goes through the map's replacing path, which keeps its place.
    /// </summary>
    public static void Attr(this IElement element, string name, string value)
    {
        if (element is Element own && element.Attributes.GetNamedItem(name) is null)
        {
            own.AddAttribute(new Attr(name, value));
        }
        else
        {
            ((IConstructableElement)element).SetOwnAttribute(name, value);
        }
    }
}
