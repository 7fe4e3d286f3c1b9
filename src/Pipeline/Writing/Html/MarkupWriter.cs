using System.Buffers;
using System.Runtime.CompilerServices;
using AngleSharp.Dom;

namespace Pipeline.Writing.Html;

/// <summary>
/// Serializes an AngleSharp tree as the HTML serialization algorithm does, to the same characters as
/// AngleSharp's own <c>HtmlMarkupFormatter</c>: text escapes <c>&amp; &lt; &gt;</c> and no-break
/// space, attribute values <c>&amp; "</c> and no-break space; the text of raw-text elements (script,
/// style) is written as it is; void elements get no end tag. It writes into one buffer: the library's
/// formatter builds a string per tag and per attribute through a locked pool, which cost a page more
/// than building its tree, and its large buffers made the collector sweep the whole heap.
/// </summary>
internal static class MarkupWriter
{
    private static readonly SearchValues<char> TextSpecial = SearchValues.Create("&<>\u00A0");
    private static readonly SearchValues<char> AttributeSpecial = SearchValues.Create("&\"\u00A0");

    /// <summary>The tree as UTF-8: the only large array made is the result, so a page costs no gen-2 collection of its own.</summary>
    public static byte[] Utf8(INode node)
    {
        using var output = new PooledText(1 << 17);
        Node((Node)node, output);
        return output.ToUtf8();
    }

    // Dispatched on the node type and cast to AngleSharp's classes: a type test against an interface
    // per node (IElement, IText, …) cost the walk more than writing the node. Every node of an
    // AngleSharp tree is a Node and every node of type Element an Element, so the casts are not
    // checked again (a checked cast walks the class chain, per node).
    private static void Node(Node node, PooledText output)
    {
        switch (node.NodeType)
        {
            case NodeType.Element:
                Element(Unsafe.As<Element>(node), output);
                break;
            case NodeType.Text:
                var data = ((ICharacterData)node).Data;
                if (((INode)node).Parent is Element parent && (parent.Flags & NodeFlags.LiteralText) == NodeFlags.LiteralText)
                {
                    output.Append(data);
                }
                else
                {
                    Escaped(data, TextSpecial, output);
                }

                break;
            case NodeType.Comment:
                output.Append("<!--").Append(((ICharacterData)node).Data).Append("-->");
                break;
            case NodeType.DocumentType:
                Doctype((IDocumentType)node, output);
                break;
            default:
                Children(node, output);
                break;
        }
    }

    private static void Element(Element element, PooledText output)
    {
        output.Append('<');
        Name(element.Prefix, element.LocalName, output);
        // By index: the map's enumerator is an allocation per element.
        var attributes = ((IElement)element).Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            output.Append(' ');
            if (string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                output.Append(attribute.LocalName);
            }
            else
            {
                output.Append(attribute.Name);
            }

            output.Append("=\"");
            Escaped(attribute.Value, AttributeSpecial, output);
            output.Append('"');
        }

        output.Append('>');
        if ((element.Flags & NodeFlags.SelfClosing) == NodeFlags.SelfClosing)
        {
            return;
        }

        // pre, textarea, listing: a parser drops one leading line feed, so one more is written to keep it.
        if ((element.Flags & NodeFlags.LineTolerance) == NodeFlags.LineTolerance && ((INode)element).FirstChild is IText { Data: ['\n', ..] })
        {
            output.Append('\n');
        }

        Children(element, output);
        output.Append("</");
        Name(element.Prefix, element.LocalName, output);
        output.Append('>');
    }

    private static void Children(Node node, PooledText output)
    {
        var children = ((INode)node).ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            Node(Unsafe.As<Node>(children[i]), output);
        }
    }

    private static void Name(string? prefix, string localName, PooledText output)
    {
        if (!string.IsNullOrEmpty(prefix))
        {
            output.Append(prefix).Append(':');
        }

        output.Append(localName);
    }

    private static void Doctype(IDocumentType doctype, PooledText output)
    {
        output.Append("<!DOCTYPE ").Append(doctype.Name);
        var publicId = doctype.PublicIdentifier;
        var systemId = doctype.SystemIdentifier;
        if (!string.IsNullOrEmpty(publicId) && !string.IsNullOrEmpty(systemId))
        {
            output.Append(" PUBLIC \"").Append(publicId).Append("\" \"").Append(systemId).Append('"');
        }
        else if (!string.IsNullOrEmpty(publicId))
        {
            output.Append(" PUBLIC \"").Append(publicId).Append('"');
        }
        else if (!string.IsNullOrEmpty(systemId))
        {
            output.Append(" SYSTEM \"").Append(systemId).Append('"');
        }

        output.Append('>');
    }

    private static void Escaped(string value, SearchValues<char> special, PooledText output)
    {
        var rest = value.AsSpan();
        while (true)
        {
            var at = rest.IndexOfAny(special);
            if (at < 0)
            {
                output.Append(rest);
                return;
            }

            output.Append(rest[..at]);
            output.Append(rest[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&nbsp;",
            });
            rest = rest[(at + 1)..];
        }
    }
}
