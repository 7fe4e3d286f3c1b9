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
        foreach (var node in element.DescendantNodes().OfType<XText>())
        {
            if (InNote(node, element))
            {
                continue;
            }

            foreach (var c in node.Value)
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

        return text.ToString();
    }

    // A note's words belong to the note, not to the label of the sentence that calls it.
    private static bool InNote(XText node, XElement root)
    {
        for (var parent = node.Parent; parent is not null && parent != root; parent = parent.Parent)
        {
            if (parent.Name.LocalName == "note")
            {
                return true;
            }
        }

        return false;
    }
}
