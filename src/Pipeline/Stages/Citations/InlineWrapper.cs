using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Cuts inlines at text offsets and wraps ranges in new inlines. Only wraps: every character of the
/// input comes out once, in order, so structuring never changes the words. One wrapper serves a
/// whole document: its scratch buffers are reused by every run of inlines it wraps, so wrapping
/// allocates only the inlines it returns.
/// </summary>
internal sealed class InlineWrapper
{
    private readonly List<Inline> _scratch = [];
    private int[] _offsets = new int[16];

    public ImmutableArray<Inline> Wrap(ImmutableArray<Inline> inlines, ReadOnlySpan<SpanNode> nodes)
    {
        // Where each inline starts (and the end of the last), measured once for every cut made.
        if (_offsets.Length < inlines.Length + 1)
        {
            _offsets = new int[Math.Max(inlines.Length + 1, _offsets.Length * 2)];
        }

        var offsets = _offsets;
        for (var i = 0; i < inlines.Length; i++)
        {
            offsets[i + 1] = offsets[i] + InlineText.Length(inlines[i]);
        }

        _scratch.Clear();
        return Build(inlines, offsets, 0, offsets[inlines.Length], nodes, _scratch);
    }

    /// <summary>
    /// The inlines of [<paramref name="from"/>, <paramref name="to"/>) with the nodes wrapped. Every
    /// level collects its inlines at the end of one shared <paramref name="scratch"/> list and copies
    /// them out at their exact size, so cutting allocates only the inlines it returns.
    /// </summary>
    private static ImmutableArray<Inline> Build(
        ImmutableArray<Inline> inlines,
        int[] offsets,
        int from,
        int to,
        ReadOnlySpan<SpanNode> nodes,
        List<Inline> scratch)
    {
        var mark = scratch.Count;
        var cursor = from;
        foreach (var node in InOrder(nodes))
        {
            SliceInto(inlines, offsets, cursor, node.Range.Start, scratch);
            var inner = Build(inlines, offsets, node.Range.Start, node.Range.End, node.Children.AsSpan(), scratch);
            scratch.Add(node.Wrap(inner));
            cursor = node.Range.End;
        }

        SliceInto(inlines, offsets, cursor, to, scratch);
        return TakeFrom(scratch, mark);
    }

    /// <summary>
    /// Adds the part of the top-level inlines in [<paramref name="from"/>, <paramref name="to"/>):
    /// the inlines wholly before it are passed over by their offsets, and the walk stops at the
    /// first inline starting at or after its end.
    /// </summary>
    private static void SliceInto(ImmutableArray<Inline> inlines, int[] offsets, int from, int to, List<Inline> output)
    {
        var i = 0;
        while (i < inlines.Length && offsets[i] < from && offsets[i + 1] <= from)
        {
            i++;
        }

        for (; i < inlines.Length && offsets[i] < to; i++)
        {
            SliceOne(inlines[i], offsets[i], offsets[i + 1], from, to, output);
        }
    }

    private static ImmutableArray<Inline> TakeFrom(List<Inline> scratch, int mark)
    {
        var taken = ImmutableArray.Create<Inline>(CollectionsMarshal.AsSpan(scratch)[mark..]);
        scratch.RemoveRange(mark, scratch.Count - mark);
        return taken;
    }

    /// <summary>The nodes by where they start; as given when they already are (they nearly always are).</summary>
    private static ReadOnlySpan<SpanNode> InOrder(ReadOnlySpan<SpanNode> nodes)
    {
        for (var i = 1; i < nodes.Length; i++)
        {
            if (nodes[i].Range.Start < nodes[i - 1].Range.Start)
            {
                return nodes.ToArray().OrderBy(n => n.Range.Start).ToArray();
            }
        }

        return nodes;
    }

    /// <summary>Adds the part of one inline, spanning [<paramref name="start"/>, <paramref name="end"/>), that falls in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static void SliceOne(Inline inline, int start, int end, int from, int to, List<Inline> output)
    {
        if (start == end)
        {
            // Zero-width inlines (call-outs) go with the range that starts at them.
            if (start >= from && start < to)
            {
                output.Add(inline);
            }

            return;
        }

        if (end <= from || start >= to)
        {
            return;
        }

        if (start >= from && end <= to)
        {
            output.Add(inline);
            return;
        }

        var innerFrom = Math.Max(from, start);
        var innerTo = Math.Min(to, end);
        switch (inline)
        {
            case Text t:
                output.Add(new Text(t.Value[(innerFrom - start)..(innerTo - start)]));
                break;
            case Styled s:
                output.Add(s with { Content = SliceChildren(s.Content, start, innerFrom, innerTo, output) });
                break;
            case BibField f:
                output.Add(f with { Content = SliceChildren(f.Content, start, innerFrom, innerTo, output) });
                break;
            case Reference r:
                output.Add(r with { Content = SliceChildren(r.Content, start, innerFrom, innerTo, output) });
                break;
            case CrossReference c:
                output.Add(c with { Content = SliceChildren(c.Content, start, innerFrom, innerTo, output) });
                break;
            default:
                // A link cannot be cut: it goes with the range holding its start.
                if (start >= from)
                {
                    output.Add(inline);
                }

                break;
        }
    }

    private static ImmutableArray<Inline> SliceChildren(ImmutableArray<Inline> children, int start, int from, int to, List<Inline> scratch)
    {
        var mark = scratch.Count;
        var position = start;
        foreach (var child in children)
        {
            var end = position + InlineText.Length(child);
            SliceOne(child, position, end, from, to, scratch);
            position = end;
        }

        return TakeFrom(scratch, mark);
    }
}
