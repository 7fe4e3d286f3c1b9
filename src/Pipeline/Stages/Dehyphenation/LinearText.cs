using System.Collections.Immutable;
using System.Text;
using Pipeline.Model;

namespace Pipeline.Stages.Dehyphenation;

/// <summary>
/// An inline sequence read as one string, so a word split across nodes ("*char-*" + line end +
/// "acterised") is seen whole. Containers (Styled, Link, BibField …) are transparent; every leaf
/// (Text, LineEnd, or an opaque inline such as a NoteCall or Note) is numbered in document order and
/// each character of <see cref="Value"/> knows its leaf. A line end is <c>'\n'</c>, an opaque inline
/// <c>U+FFFC</c>.
/// </summary>
internal sealed class LinearText
{
    public const char LineEndChar = '\n';
    public const char OpaqueChar = '\uFFFC';

    private LinearText(string value, ImmutableArray<Inline> leaves, ImmutableArray<int> leafStarts)
    {
        Value = value;
        Leaves = leaves;
        LeafStarts = leafStarts;
    }

    public string Value { get; }

    /// <summary>Leaves in document order (pre-order over containers).</summary>
    public ImmutableArray<Inline> Leaves { get; }

    /// <summary>Index in <see cref="Value"/> where each leaf starts.</summary>
    public ImmutableArray<int> LeafStarts { get; }

    public int Length => Value.Length;

    public static LinearText Of(ImmutableArray<Inline> content)
    {
        // Measured first, so the text and the leaf arrays are made once at their final sizes.
        var (leafCount, length) = Measure(content);
        var text = new StringBuilder(length);
        var leaves = ImmutableArray.CreateBuilder<Inline>(leafCount);
        var starts = ImmutableArray.CreateBuilder<int>(leafCount);
        Append(content, text, leaves, starts);
        return new LinearText(text.ToString(), leaves.MoveToImmutable(), starts.MoveToImmutable());
    }

    private static (int Leaves, int Length) Measure(ImmutableArray<Inline> content)
    {
        var leaves = 0;
        var length = 0;
        foreach (var inline in content)
        {
            var children = ChildrenOf(inline);
            if (!children.IsDefault)
            {
                var (innerLeaves, innerLength) = Measure(children);
                leaves += innerLeaves;
                length += innerLength;
                continue;
            }

            leaves++;
            length += inline is Text t ? t.Value.Length : 1;
        }

        return (leaves, length);
    }

    /// <summary>
    /// The leaf a character belongs to: the last leaf starting at or before it (an empty text leaf
    /// shares its start with the leaf after it, which owns the character).
    /// </summary>
    public int LeafAt(int index)
    {
        var found = LeafStarts.AsSpan().BinarySearch(index);
        if (found < 0)
        {
            return ~found - 1;
        }

        while (found + 1 < LeafStarts.Length && LeafStarts[found + 1] == index)
        {
            found++;
        }

        return found;
    }

    /// <summary>True when the character comes from a Text leaf (not a line end or an opaque inline).</summary>
    public bool IsText(int index) => index >= 0 && index < Value.Length && Leaves[LeafAt(index)] is Text;

    /// <summary>The children of a transparent container, or default when the inline is a leaf.</summary>
    public static ImmutableArray<Inline> ChildrenOf(Inline inline) => inline switch
    {
        Styled s => s.Content,
        Link l => l.Content,
        BibField f => f.Content,
        CrossReference c => c.Content,
        Reference r => r.Content,
        _ => default,
    };

    private static void Append(
        ImmutableArray<Inline> content,
        StringBuilder text,
        ImmutableArray<Inline>.Builder leaves,
        ImmutableArray<int>.Builder starts)
    {
        foreach (var inline in content)
        {
            var children = ChildrenOf(inline);
            if (!children.IsDefault)
            {
                Append(children, text, leaves, starts);
                continue;
            }

            leaves.Add(inline);
            starts.Add(text.Length);
            switch (inline)
            {
                case Text t:
                    text.Append(t.Value);
                    break;
                case LineEnd:
                    text.Append(LineEndChar);
                    break;
                default:
                    text.Append(OpaqueChar);
                    break;
            }
        }
    }
}
