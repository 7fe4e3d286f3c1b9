using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>What the citation stage (or the footnote stage before it) has already made inside a run of inlines.</summary>
internal static class CitationInlines
{
    /// <summary>True when a reference or cross-reference sits anywhere in <paramref name="inlines"/>, as a summary would find it.</summary>
    public static bool HoldReferences(ImmutableArray<Inline> inlines) => Holds(inlines, anyStructure: false);

    /// <summary>True when the inlines hold a note, a call-out, a reference, a field or a cross-reference: prose or already structured.</summary>
    public static bool HoldStructure(ImmutableArray<Inline> inlines) => Holds(inlines, anyStructure: true);

    private static bool Holds(ImmutableArray<Inline> inlines, bool anyStructure)
    {
        foreach (var inline in inlines)
        {
            var found = inline switch
            {
                Reference or CrossReference => true,
                Note or NoteCall or BibField when anyStructure => true,
                Styled s => Holds(s.Content, anyStructure),
                Link l => Holds(l.Content, anyStructure),
                BibField f => Holds(f.Content, anyStructure),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }
}
