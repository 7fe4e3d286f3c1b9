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

    private readonly List<int> _leafOfChar;

    private LinearText(string value, ImmutableArray<Inline> leaves, ImmutableArray<int> leafStarts, List<int> leafOfChar)
    {
        Value = value;
        Leaves = leaves;
        LeafStarts = leafStarts;
        _leafOfChar = leafOfChar;
    }

    public string Value { get; }

    /// <summary>Leaves in document order (pre-order over containers).</summary>
    public ImmutableArray<Inline> Leaves { get; }

    /// <summary>Index in <see cref="Value"/> where each leaf starts.</summary>
    public ImmutableArray<int> LeafStarts { get; }

    public int Length => Value.Length;

    public static LinearText Of(ImmutableArray<Inline> content)
    {
        var text = new StringBuilder();
        var leaves = ImmutableArray.CreateBuilder<Inline>();
        var starts = ImmutableArray.CreateBuilder<int>();
        var leafOfChar = new List<int>();
        Append(content, text, leaves, starts, leafOfChar);
        return new LinearText(text.ToString(), leaves.ToImmutable(), starts.ToImmutable(), leafOfChar);
    }

    /// <summary>The leaf a character belongs to.</summary>
    public int LeafAt(int index) => _leafOfChar[index];

    /// <summary>True when the character comes from a Text leaf (not a line end or an opaque inline).</summary>
    public bool IsText(int index) => index >= 0 && index < Value.Length && Leaves[_leafOfChar[index]] is Text;

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
        ImmutableArray<int>.Builder starts,
        List<int> leafOfChar)
    {
        foreach (var inline in content)
        {
            var children = ChildrenOf(inline);
            if (!children.IsDefault)
            {
                Append(children, text, leaves, starts, leafOfChar);
                continue;
            }

            var leaf = leaves.Count;
            leaves.Add(inline);
            starts.Add(text.Length);
            var value = inline switch
            {
                Text t => t.Value,
                LineEnd => LineEndChar.ToString(),
                _ => OpaqueChar.ToString(),
            };
            text.Append(value);
            leafOfChar.AddRange(Enumerable.Repeat(leaf, value.Length));
        }
    }
}
