using Markdig.Syntax.Inlines;
using MdInline = Markdig.Syntax.Inlines.Inline;

namespace Pipeline.Reading;

/// <summary>
/// The characters of a Markdig subtree in reading order, markup included (emphasis delimiters, link
/// brackets and targets, raw tags), walked with an explicit stack: what the reader keeps of inline
/// markup nested deeper than it will build, so no word is lost and no depth can exhaust the stack.
/// </summary>
internal static class FlatInlineText
{
    /// <summary>Passes the subtree under <paramref name="container"/> to <paramref name="text"/> and <paramref name="lineBreak"/>.</summary>
    public static void Collect(ContainerInline container, Action<string?> text, Action<LineBreakInline> lineBreak)
    {
        // Each entry is a node still to visit or a piece of markup to emit after a node's children.
        var pending = new Stack<(MdInline? Node, string? Markup)>();
        PushChildren(pending, container);
        while (pending.Count > 0)
        {
            var (node, markup) = pending.Pop();
            if (node is null)
            {
                text(markup);
                continue;
            }

            switch (node)
            {
                case LiteralInline literal:
                    text(literal.Content.ToString());
                    break;
                case LineBreakInline line:
                    lineBreak(line);
                    break;
                case HtmlEntityInline entity:
                    text(entity.Transcoded.ToString());
                    break;
                case CodeInline code:
                    text(code.Content);
                    break;
                case AutolinkInline autolink:
                    text(autolink.Url);
                    break;
                case HtmlInline html:
                    text(html.Tag);
                    break;
                case EmphasisInline emphasis:
                    var delimiters = new string(emphasis.DelimiterChar, emphasis.DelimiterCount);
                    text(delimiters);
                    pending.Push((null, delimiters));
                    PushChildren(pending, emphasis);
                    break;
                case LinkInline link:
                    text(link.IsImage ? "![" : "[");
                    pending.Push((null, "](" + link.Url + ")"));
                    PushChildren(pending, link);
                    break;
                case DelimiterInline delimiter:
                    text(delimiter.ToLiteral());
                    PushChildren(pending, delimiter);
                    break;
                case ContainerInline other:
                    PushChildren(pending, other);
                    break;
                default:
                    text(node.ToString());
                    break;
            }
        }
    }

    /// <summary>Pushes the children last first, so they pop in reading order.</summary>
    private static void PushChildren(Stack<(MdInline? Node, string? Markup)> pending, ContainerInline container)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push((child, null));
        }
    }
}
