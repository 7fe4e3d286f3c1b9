using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        var ids = DocumentIds.Collect(document, notes);

        var scratch = new FlatteningScratch();
        var parsedEntries = new (ParsedReference Parsed, string Text)?[entries.Count];
        var items = ImmutableArray.CreateBuilder<BibliographyItem>(entries.Count);
        var entriesStructured = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            parsedEntries[i] = ParseEntry(entry, scratch, diagnostics);
            items.Add(new BibliographyItem(entry.Id, entry.Span.FirstLine, parsedEntries[i]?.Parsed.Parts ?? entry.Parts ?? new()));
            entriesStructured += parsedEntries[i] is not null || entry.Parts is not null ? 1 : 0;
        }

        var bibliography = items.MoveToImmutable();
        // One index of the bibliography: every entry's keys, read by the known titles and the matcher.
        var entryKeys = ImmutableArray.CreateBuilder<EntryKeys>(bibliography.Length);
        foreach (var item in bibliography)
        {
            entryKeys.Add(EntryKeys.Of(item.Parts));
        }

        var keys = entryKeys.MoveToImmutable();
        var titles = KnownTitles.Of(keys);
        // A note mostly holds one reference: room for that many, so the list seldom grows.
        var references = new List<NoteReference>(notes.Count);
        var structuredBefore = false;
        var announced = new AnnouncedTitles();
        var paragraphs = new ImmutableArray<NoteParagraph>[notes.Count];
        for (var i = 0; i < notes.Count; i++)
        {
            paragraphs[i] = ParseNote(notes[i], i, scratch, titles, announced, references, ref structuredBefore);
        }

        var matcher = new BibliographyMatcher(bibliography, keys);
        var resolutions = RepeatLinks.Apply(new ReferenceResolver(matcher).Resolve(references));
        var byReference = new Dictionary<NoteReference, Resolution>(resolutions.Length, ReferenceEqualityComparer.Instance);
        foreach (var resolution in resolutions)
        {
            byReference.Add(resolution.Reference, resolution);
        }

        var noteIndex = 0;
        var entryIndex = 0;
        var tally = new RewriteTally();
        // One wrapper and one list of ranges serve every note and entry of the document.
        var wrapper = new InlineWrapper();
        var nodes = new List<SpanNode>();
        var structured = new DocumentRewriter(
            note => RewriteNote(note, paragraphs[noteIndex++], byReference, ids, wrapper, nodes, tally, diagnostics),
            entry => RewriteEntry(entry, parsedEntries[entryIndex++], wrapper, diagnostics)).Rewrite(document);
        structured = AppendixSources.Link(structured, matcher, scratch, wrapper, diagnostics);

        // The report is what a summary of the structured document gives. When every reference found
        // was wrapped and the notes held no structure of their own before, that summary would find
        // exactly these resolutions again, so they are reported as they are instead of resolved twice.
        var report = structuredBefore || tally.TextGuardTripped
            ? CitationSummary.Summarize(structured)
            : CitationReporting.Build(structured.Id, resolutions, bibliography, entriesStructured, tally.CrossReferences);
        CitationReporting.Diagnose(report, resolutions, bibliography, diagnostics);
        if (report.ReferencesFound > 0)
        {
            structured = structured with
            {
                Metadata = structured.Metadata with { Citations = Facts(resolutions, entries.Count, report) },
            };
        }

        return new CitationOutcome(structured, report);
    }

    private static CitationFacts Facts(ImmutableArray<Resolution> resolutions, int entries, CitationReport report)
    {
        int ibid = 0, shortForms = 0, toNotes = 0, unresolved = 0;
        foreach (var resolution in resolutions)
        {
            unresolved += resolution.Parts.Form != Model.Citations.ReferenceForm.Full && !resolution.IsResolved && resolution.Parts.SameAs is null ? 1 : 0;
            ibid += resolution.Parts.Form == Model.Citations.ReferenceForm.Ibid ? 1 : 0;
            shortForms += resolution.Parts.Form == Model.Citations.ReferenceForm.Short ? 1 : 0;
            toNotes += resolution.Parts.SameAs is not null ? 1 : 0;
        }

        return new CitationFacts(report.ReferencesFound, ibid, shortForms, report.Resolved, toNotes, unresolved, entries, report.EntriesStructured);
    }

    private static (ParsedReference Parsed, string Text)? ParseEntry(BibliographyEntry entry, FlatteningScratch scratch, DiagnosticBag diagnostics)
    {
        if (entry.Parts is not null || AlreadyStructured(entry.Content))
        {
            return null;
        }

        var flat = InlineText.Flatten(entry.Content, scratch);
        var parsed = EntryParser.Parse(flat);
        if (parsed is null)
        {
            diagnostics.Warning("citation-entry-unparsed", entry.Span.FirstLine, $"Bibliography entry {entry.Id} has no recognisable title; left unstructured.");
            return null;
        }

        return (parsed, flat.Value);
    }

    /// <summary>
    /// Parses the paragraphs of one note, adding their references to <paramref name="references"/> in
    /// reading order. <paramref name="structuredBefore"/> turns true when a paragraph of the note
    /// already holds references or cross-references.
    /// </summary>
    private static ImmutableArray<NoteParagraph> ParseNote(
        Note note,
        int index,
        FlatteningScratch scratch,
        KnownTitles titles,
        AnnouncedTitles announced,
        List<NoteReference> references,
        ref bool structuredBefore)
    {
        var line = NoteLine(note);
        var output = ImmutableArray.CreateBuilder<NoteParagraph>(note.Content.Length);
        for (var i = 0; i < note.Content.Length; i++)
        {
            if (note.Content[i] is not Paragraph paragraph)
            {
                continue;
            }

            structuredBefore |= CitationInlines.HoldReferences(paragraph.Content);
            if (AlreadyStructured(paragraph.Content))
            {
                continue;
            }

            var flat = InlineText.Flatten(paragraph.Content, scratch);
            var parsed = NoteReferenceParser.Parse(flat, CitationPatterns.English, titles, announced);
            var noteReferences = ImmutableArray.CreateBuilder<NoteReference>(parsed.Length);
            foreach (var reference in parsed)
            {
                noteReferences.Add(new NoteReference(note.Label, note.Id, index, line, i, reference));
            }

            var crossReferences = CrossReferenceFinder.Find(flat);
            if (!crossReferences.IsEmpty && !parsed.IsEmpty)
            {
                crossReferences = crossReferences.RemoveAll(c => parsed.Any(r => Overlaps(r.Range, c.Range)));
            }

            var paragraphReferences = noteReferences.MoveToImmutable();
            references.AddRange(paragraphReferences);
            output.Add(new NoteParagraph(index, i, flat, paragraphReferences, crossReferences));
        }

        return output.DrainToImmutable();
    }

    private static Note RewriteNote(
        Note note,
        ImmutableArray<NoteParagraph> paragraphs,
        Dictionary<NoteReference, Resolution> resolutions,
        IReadOnlySet<string> ids,
        InlineWrapper wrapper,
        List<SpanNode> nodes,
        RewriteTally tally,
        DiagnosticBag diagnostics)
    {
        Block[]? blocks = null;
        foreach (var paragraph in paragraphs)
        {
            nodes.Clear();
            var crossReferences = 0;
            foreach (var reference in paragraph.References)
            {
                nodes.Add(SpanNodes.ForReference(reference.Parsed, resolutions[reference].Parts));
            }

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
                    crossReferences++;
                }
            }

            if (nodes.Count == 0)
            {
                continue;
            }

            var original = (Paragraph)note.Content[paragraph.Paragraph];
            var content = wrapper.Wrap(original.Content, CollectionsMarshal.AsSpan(nodes));
            if (!InlineText.Reads(content, paragraph.Text.Value))
            {
                // Never expected; a guard so a parsing slip can only lose markup, never words.
                diagnostics.Error("citation-text-changed", original.Span.FirstLine, $"Note {note.Label}: structuring would have changed the text; note left as it was.");
                tally.TextGuardTripped = true;
                continue;
            }

            blocks ??= [.. note.Content];
            blocks[paragraph.Paragraph] = original with { Content = content };
            tally.CrossReferences += crossReferences;
        }

        return blocks is null ? note : note with { Content = ImmutableCollectionsMarshal.AsImmutableArray(blocks) };
    }

    private static BibliographyEntry RewriteEntry(BibliographyEntry entry, (ParsedReference Parsed, string Text)? parsedEntry, InlineWrapper wrapper, DiagnosticBag diagnostics)
    {
        if (parsedEntry is not { } found)
        {
            return entry;
        }

        var (parsed, text) = found;

        var content = wrapper.Wrap(entry.Content, SpanNodes.Fields(parsed).AsSpan());
        if (!InlineText.Reads(content, text))
        {
            diagnostics.Error("citation-text-changed", entry.Span.FirstLine, $"Bibliography entry {entry.Id}: structuring would have changed the text; entry left as it was.");
            return entry with { Parts = parsed.Parts };
        }

        return entry with { Content = content, Parts = parsed.Parts };
    }

    public static int NoteLine(Note note) => note.Content.IsDefaultOrEmpty ? 0 : note.Content[0].Span.FirstLine;

    private static bool Overlaps(TextRange a, TextRange b) => a.Start < b.End && b.Start < a.End;

    private static bool AlreadyStructured(ImmutableArray<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            if (inline is Reference or BibField or CrossReference || (inline is Styled s && AlreadyStructured(s.Content)))
            {
                return true;
            }
        }

        return false;
    }
}
