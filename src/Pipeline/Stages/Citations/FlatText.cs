using System.Collections.Immutable;

namespace Pipeline.Stages.Citations;

/// <summary>
/// The plain text of a run of inlines, with where the italics and links sit in it. Parsing works on
/// this text; <see cref="InlineWrapper"/> maps the ranges found back onto the inlines.
/// </summary>
internal sealed record FlatText(string Value, ImmutableArray<TextRange> Italics, ImmutableArray<FlatLink> Links)
{
    public TextRange? ItalicAt(int start)
    {
        foreach (var italic in Italics)
        {
            if (italic.Start == start)
            {
                return italic;
            }
        }

        return null;
    }

    public FlatLink? LinkAt(int start)
    {
        foreach (var link in Links)
        {
            if (link.Range.Start == start)
            {
                return link;
            }
        }

        return null;
    }

    public bool InsideLink(int position) => Links.Any(l => l.Range.Contains(position));
}

/// <summary>A link's place in the flattened text and its target.</summary>
internal sealed record FlatLink(TextRange Range, string Target);
