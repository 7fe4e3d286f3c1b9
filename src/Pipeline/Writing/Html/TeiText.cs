using System.Text;
using System.Xml.Linq;

namespace Pipeline.Writing.Html;

/// <summary>The words of a TEI element with whitespace collapsed, for labels, tooltips and alt text.</summary>
internal static class TeiText
{
    public static string Of(XElement element)
    {
        var text = new StringBuilder();
        var space = false;
        Collect(element, text, ref space);
        return text.ToString();
    }

    // One walk down the tree that does not enter notes: a note's words belong to the note, not to the
    // label of the sentence that calls it.
    private static void Collect(XElement element, StringBuilder text, ref bool space)
    {
        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XText textNode)
            {
                Append(textNode.Value, text, ref space);
            }
            else if (node is XElement child && child.Name.LocalName != "note")
            {
                Collect(child, text, ref space);
            }
        }
    }

    private static void Append(string value, StringBuilder text, ref bool space)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c);
        }
    }
}
