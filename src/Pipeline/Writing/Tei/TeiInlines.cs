using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Writing.Tei;

/// <summary>Inline content adjusted for where it is written.</summary>
internal static class TeiInlines
{
    /// <summary>The content without its notes and call-outs (highlights kept), for a second, metadata-only copy of a text.</summary>
    public static ImmutableArray<Inline> WithoutNotes(ImmutableArray<Inline> content)
    {
        if (!content.OrEmpty().Any(HoldsNote))
        {
            return content;
        }

        var kept = ImmutableArray.CreateBuilder<Inline>(content.Length);
        foreach (var inline in content)
        {
            switch (inline)
            {
                case Note or NoteCall:
                    break;
                case Styled styled:
                    kept.Add(styled with { Content = WithoutNotes(styled.Content) });
                    break;
                default:
                    kept.Add(inline);
                    break;
            }
        }

        return kept.ToImmutable();
    }

    private static bool HoldsNote(Inline inline) => inline switch
    {
        Note or NoteCall => true,
        Styled styled => styled.Content.OrEmpty().Any(HoldsNote),
        _ => false,
    };
}
