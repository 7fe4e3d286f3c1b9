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

    /// <summary>True when an italic run overlaps [start, end). A loop: the parser asks this of every candidate title.</summary>
    public bool OverlapsItalic(int start, int end)
    {
        foreach (var italic in Italics)
        {
            if (italic.Start < end && italic.End > start)
            {
                return true;
            }
        }

        return false;
    }

    public bool InsideLink(int position)
    {
        foreach (var link in Links)
        {
            if (link.Range.Contains(position))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A link's place in the flattened text and its target.</summary>
internal sealed record FlatLink(TextRange Range, string Target);
