using System.Buffers;
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
        Node(node, output);
        return output.ToUtf8();
    }

    private static void Node(INode node, PooledText output)
    {
        switch (node)
        {
            case IElement element:
                Element(element, output);
                break;
            case IText text:
                if (text.ParentElement is { } parent && (parent.Flags & NodeFlags.LiteralText) == NodeFlags.LiteralText)
                {
                    output.Append(text.Data);
                }
                else
                {
                    Escaped(text.Data, TextSpecial, output);
                }

                break;
            case IComment comment:
                output.Append("<!--").Append(comment.Data).Append("-->");
                break;
            case IDocumentType doctype:
                Doctype(doctype, output);
                break;
            default:
                Children(node, output);
                break;
        }
    }

    private static void Element(IElement element, PooledText output)
    {
        output.Append('<');
        Name(element.Prefix, element.LocalName, output);
        // By index: the map's enumerator is an allocation per element.
        var attributes = element.Attributes;
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
        if ((element.Flags & NodeFlags.LineTolerance) == NodeFlags.LineTolerance && element.FirstChild is IText { Data: ['\n', ..] })
        {
            output.Append('\n');
        }

        Children(element, output);
        output.Append("</");
        Name(element.Prefix, element.LocalName, output);
        output.Append('>');
    }

    private static void Children(INode node, PooledText output)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            Node(children[i], output);
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
