using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>Turns resolutions into the document's citation report and its diagnostics.</summary>
internal static class CitationReporting
{
    public static CitationReport Build(
        string document,
        ImmutableArray<Resolution> resolutions,
        ImmutableArray<BibliographyItem> entries,
        int entriesStructured,
        int crossReferences)
    {
        var unresolved = resolutions.Where(r => !r.IsResolved)
            .Select(r => new UnresolvedReference(r.Reference.NoteLabel, r.Reference.Line, Describe(r), r.Reason, r.Strength == MatchStrength.Weak))
            .ToImmutableArray();
        var cited = resolutions.Where(r => r.IsResolved).Select(r => r.BibliographyId!).ToHashSet(StringComparer.Ordinal);
        return new CitationReport(
            document,
            resolutions.Length,
            resolutions.Count(r => r.IsResolved),
            unresolved,
            MissingWorks(resolutions),
            [.. entries.Where(e => !cited.Contains(e.Id)).Select(e => e.Id)],
            entriesStructured,
            crossReferences);
    }

    public static void Diagnose(CitationReport report, ImmutableArray<Resolution> resolutions, ImmutableArray<BibliographyItem> entries, DiagnosticBag diagnostics)
    {
        foreach (var resolution in resolutions)
        {
            var note = resolution.Reference;
            if (resolution.IsResolved)
            {
                diagnostics.Info("citation-linked", note.Line, $"Note {note.NoteLabel}: {Describe(resolution)} -> {resolution.BibliographyId} ({resolution.Reason}).");
            }
            else
            {
                diagnostics.Warning("citation-unresolved", note.Line, $"Note {note.NoteLabel}: {Describe(resolution)} not linked to the bibliography: {resolution.Reason}.");
            }
        }

        // Each missing work is one full reference, in order: the diagnostic takes that reference's line,
        // so it can be shown at the note that cites the work first.
        var firstCitations = resolutions.Where(IsMissingWork).ToList();
        for (var i = 0; i < report.MissingFromBibliography.Length; i++)
        {
            var work = report.MissingFromBibliography[i];
            var line = i < firstCitations.Count ? firstCitations[i].Reference.Line : 0;
            diagnostics.Info("citation-not-in-bibliography", line, $"Cited in note(s) {string.Join(", ", work.Notes)} but not in the bibliography: {work.Description}.");
        }

        foreach (var id in report.UncitedEntries)
        {
            var entry = FirstWithId(entries, id);
            diagnostics.Info("citation-entry-uncited", entry.Line, $"Bibliography entry {id} ({entry.Describe()}) is not cited in any note.");
        }

        diagnostics.Info(
            "citation-summary",
            0,
            $"Citations: {report.ReferencesFound} references in notes, {report.Resolved} linked to the bibliography, "
            + $"{report.Unresolved.Length} not linked, {report.MissingFromBibliography.Length} works missing from the bibliography, "
            + $"{report.UncitedEntries.Length} of {entries.Length} entries uncited, {report.EntriesStructured} entries structured, "
            + $"{report.CrossReferences} cross-references.");
    }

    private static BibliographyItem FirstWithId(ImmutableArray<BibliographyItem> entries, string id)
    {
        foreach (var entry in entries)
        {
            if (string.Equals(entry.Id, id, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        throw new KeyNotFoundException($"No bibliography entry {id}.");
    }

    private static ImmutableArray<MissingWork> MissingWorks(ImmutableArray<Resolution> resolutions)
    {
        // Grouped once by the work each reference points at (by identity: the same parsed reference),
        // so long documents stay linear.
        var notesByWork = new Dictionary<NoteReference, List<string>>(ReferenceEqualityComparer.Instance);
        foreach (var resolution in resolutions.Where(r => r.Work is not null))
        {
            if (!notesByWork.TryGetValue(resolution.Work!, out var notes))
            {
                notes = [];
                notesByWork[resolution.Work!] = notes;
            }

            notes.Add(resolution.Reference.NoteLabel);
        }

        var output = new List<MissingWork>();
        foreach (var full in resolutions.Where(IsMissingWork))
        {
            var notes = notesByWork.TryGetValue(full.Reference, out var labels) ? labels.Distinct().ToImmutableArray() : [];
            output.Add(new MissingWork(BibliographyItem.Describe(full.Reference.Parsed.Parts), notes));
        }

        return [.. output];
    }

    /// <summary>A full reference that matched no entry at all: a work the bibliography lacks.</summary>
    private static bool IsMissingWork(Resolution resolution) =>
        !resolution.IsResolved && resolution.Strength == MatchStrength.None && resolution.Reference.Parsed.Parts.Form == ReferenceForm.Full;

    private static string Describe(Resolution resolution) => resolution.Reference.Parsed.Parts.Form switch
    {
        ReferenceForm.Ibid => "ibid" + (resolution.Reference.Parsed.Parts.Pages is { } pages ? ", " + pages : string.Empty),
        _ => BibliographyItem.Describe(resolution.Reference.Parsed.Parts),
    };
}
