using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace Pipeline.Writing.Html;

/// <summary>
/// Element and text construction on one AngleSharp document. Text only ever enters as text nodes and
/// values only as attribute values, so the serializer escapes every character that could end them.
/// </summary>
internal sealed class HtmlDom
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private HtmlDom(IDocument document) => Document = document;

    public IDocument Document { get; }

    public static HtmlDom CreatePage(string language)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        document.DocumentElement.SetAttribute("lang", language);
        return new HtmlDom(document);
    }

    /// <summary>An existing page, to change and serialize again.</summary>
    public static HtmlDom Parse(string html) => new(new HtmlParser().ParseDocument(html));

    /// <summary>The head every page has: UTF-8, phone-width viewport, its title and the inline style.</summary>
    public IElement Head(string title)
    {
        var head = Document.Head!;
        Append(head, "meta").SetAttribute("charset", "utf-8");
        var viewport = Append(head, "meta");
        viewport.SetAttribute("name", "viewport");
        viewport.SetAttribute("content", "width=device-width, initial-scale=1");
        AppendText(head, "title", title);
        Append(head, "style").TextContent = PageAssets.Style;
        return head;
    }

    public IElement Element(string name, string? className = null)
    {
        var element = Document.CreateElement(name);
        if (className is not null)
        {
            element.SetAttribute("class", className);
        }

        return element;
    }

    public IElement Append(INode parent, string name, string? className = null)
    {
        var element = Element(name, className);
        parent.AppendChild(element);
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
            parent.AppendChild(Document.CreateTextNode(text));
        }
    }

    /// <summary>The page as UTF-8, serialized straight into the buffer.</summary>
    public byte[] Serialize()
    {
        using var buffer = new MemoryStream(1 << 18);
        using (var writer = new StreamWriter(buffer, Utf8, 1 << 16))
        {
            Document.ToHtml(writer, HtmlMarkupFormatter.Instance);
        }

        return buffer.ToArray();
    }
}
