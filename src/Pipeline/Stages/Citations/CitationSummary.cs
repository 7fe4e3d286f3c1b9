using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Rebuilds the citation report from a document the stage has already structured: the references
/// and entries carry their parts, so resolving them again gives the same links and the same reasons.
/// </summary>
internal static class CitationSummary
{
    public static CitationReport Summarize(Document structured)
    {
        var (notes, entries) = DocumentRewriter.NotesAndEntries(structured);

        var items = entries.Select(e => new BibliographyItem(e.Id, e.Span.FirstLine, e.Parts ?? new())).ToImmutableArray();
        var references = new List<NoteReference>();
        var crossReferences = 0;
        for (var index = 0; index < notes.Count; index++)
        {
            var note = notes[index];
            for (var paragraph = 0; paragraph < note.Content.Length; paragraph++)
            {
                if (note.Content[paragraph] is not Paragraph p)
                {
                    continue;
                }

                foreach (var inline in ModelQuery.Inlines(p.Content))
                {
                    if (inline is Reference reference)
                    {
                        var parsed = new ParsedReference(new TextRange(0, 0), [], reference.Parts with { BibliographyId = null, Id = null, SameAs = null });
                        references.Add(new NoteReference(note.Label, note.Id, index, CitationStructurer.NoteLine(note), paragraph, parsed));
                    }
                    else if (inline is CrossReference)
                    {
                        crossReferences++;
                    }
                }
            }
        }

        var resolutions = new ReferenceResolver(new BibliographyMatcher(items)).Resolve(references);
        return CitationReporting.Build(structured.Id, resolutions, items, entries.Count(e => e.Parts is not null), crossReferences);
    }
}
