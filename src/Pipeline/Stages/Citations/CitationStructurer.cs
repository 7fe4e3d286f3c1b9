using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>
/// The citation pass over one document: parse the bibliography and the notes, resolve, wrap the
/// parts in place, and report.
/// </summary>
internal static class CitationStructurer
{
    public static CitationOutcome Structure(Document document, DiagnosticBag diagnostics)
    {
        var (notes, entries) = DocumentRewriter.NotesAndEntries(document);
        var ids = DocumentIds.Collect(document);

        var parsedEntries = entries.Select(e => ParseEntry(e, diagnostics)).ToList();
        var items = entries.Select((e, i) => new BibliographyItem(e.Id, e.Span.FirstLine, parsedEntries[i]?.Parts ?? e.Parts ?? new())).ToImmutableArray();
        var paragraphs = notes.Select((n, i) => ParseNote(n, i)).ToList();
        var resolutions = new ReferenceResolver(new BibliographyMatcher(items))
            .Resolve([.. paragraphs.SelectMany(p => p).SelectMany(p => p.References)]);
        var byReference = resolutions.ToDictionary(r => r.Reference);

        var noteIndex = 0;
        var entryIndex = 0;
        var structured = new DocumentRewriter(
            note => RewriteNote(note, paragraphs[noteIndex++], byReference, ids, diagnostics),
            entry => RewriteEntry(entry, parsedEntries[entryIndex++], diagnostics)).Rewrite(document);

        var report = CitationSummary.Summarize(structured);
        CitationReporting.Diagnose(report, resolutions, items, diagnostics);
        if (report.ReferencesFound > 0)
        {
            structured = structured with
            {
                Metadata = structured.Metadata with
                {
                    Editorial = structured.Metadata.Editorial.Add(new EditorialNote(
                        EditorialKind.Interpretation,
                        "References in the notes and the bibliography entries are marked up with their parts; "
                        + "each reference, including ibid and short forms, points to the bibliography entry of the work it cites "
                        + "where that entry could be identified with confidence.")),
                },
            };
        }

        return new CitationOutcome(structured, report);
    }

    private static ParsedReference? ParseEntry(BibliographyEntry entry, DiagnosticBag diagnostics)
    {
        if (entry.Parts is not null || AlreadyStructured(entry.Content))
        {
            return null;
        }

        var parsed = EntryParser.Parse(InlineText.Flatten(entry.Content));
        if (parsed is null)
        {
            diagnostics.Warning("citation-entry-unparsed", entry.Span.FirstLine, $"Bibliography entry {entry.Id} has no recognisable title; left unstructured.");
        }

        return parsed;
    }

    private static ImmutableArray<NoteParagraph> ParseNote(Note note, int index)
    {
        var line = NoteLine(note);
        var output = ImmutableArray.CreateBuilder<NoteParagraph>();
        for (var i = 0; i < note.Content.Length; i++)
        {
            if (note.Content[i] is not Paragraph paragraph || AlreadyStructured(paragraph.Content))
            {
                continue;
            }

            var flat = InlineText.Flatten(paragraph.Content);
            var paragraphIndex = i;
            var references = NoteReferenceParser.Parse(flat)
                .Select(r => new NoteReference(note.Label, note.Id, index, line, paragraphIndex, r))
                .ToImmutableArray();
            var crossReferences = CrossReferenceFinder.Find(flat)
                .Where(c => !references.Any(r => Overlaps(r.Parsed.Range, c.Range)))
                .ToImmutableArray();
            output.Add(new NoteParagraph(index, i, flat, references, crossReferences));
        }

        return output.ToImmutable();
    }

    private static Note RewriteNote(
        Note note,
        ImmutableArray<NoteParagraph> paragraphs,
        Dictionary<NoteReference, Resolution> resolutions,
        ImmutableHashSet<string> ids,
        DiagnosticBag diagnostics)
    {
        var blocks = note.Content.ToBuilder();
        foreach (var paragraph in paragraphs)
        {
            var nodes = new List<SpanNode>();
            nodes.AddRange(paragraph.References.Select(r => SpanNodes.ForReference(r.Parsed, resolutions[r].Parts)));
            foreach (var found in paragraph.CrossReferences)
            {
                var mention = paragraph.Text.Value[found.Range.Start..found.Range.End];
                if (found.External)
                {
                    diagnostics.Info("citation-crossref-external", NoteLine(note), $"Note {note.Label}: \"{mention}\" refers to a note of the cited work, not of this document; not linked.");
                }
                else if (!ids.Contains(found.TargetId))
                {
                    diagnostics.Warning("citation-crossref-missing", NoteLine(note), $"Note {note.Label}: \"{mention}\" points to {found.TargetId}, which this document does not have; not linked.");
                }
                else
                {
                    nodes.Add(SpanNodes.ForCrossReference(found));
                }
            }

            if (nodes.Count == 0)
            {
                continue;
            }

            var original = (Paragraph)blocks[paragraph.Paragraph];
            var content = InlineWrapper.Wrap(original.Content, nodes);
            if (PlainText.Of(content) != PlainText.Of(original.Content))
            {
                // Never expected; a guard so a parsing slip can only lose markup, never words.
                diagnostics.Error("citation-text-changed", original.Span.FirstLine, $"Note {note.Label}: structuring would have changed the text; note left as it was.");
                continue;
            }

            blocks[paragraph.Paragraph] = original with { Content = content };
        }

        return note with { Content = blocks.ToImmutable() };
    }

    private static BibliographyEntry RewriteEntry(BibliographyEntry entry, ParsedReference? parsed, DiagnosticBag diagnostics)
    {
        if (parsed is null)
        {
            return entry;
        }

        var content = InlineWrapper.Wrap(entry.Content, SpanNodes.Fields(parsed));
        if (PlainText.Of(content) != PlainText.Of(entry.Content))
        {
            diagnostics.Error("citation-text-changed", entry.Span.FirstLine, $"Bibliography entry {entry.Id}: structuring would have changed the text; entry left as it was.");
            return entry with { Parts = parsed.Parts };
        }

        return entry with { Content = content, Parts = parsed.Parts };
    }

    public static int NoteLine(Note note) => note.Content.IsDefaultOrEmpty ? 0 : note.Content[0].Span.FirstLine;

    private static bool Overlaps(TextRange a, TextRange b) => a.Start < b.End && b.Start < a.End;

    private static bool AlreadyStructured(ImmutableArray<Inline> inlines) =>
        inlines.Any(i => i is Reference or BibField or CrossReference
            || (i is Styled s && AlreadyStructured(s.Content)));
}
