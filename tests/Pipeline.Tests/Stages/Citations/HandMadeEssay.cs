using System.Globalization;
using System.Text;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Model.Citations;
using Pipeline.Stages.Citations;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>
/// An essay made for a test in the seed's scrape format: one body paragraph calling each note, the
/// notes after a <c>---</c> rule, and a bibliography when entries are given; read with the real
/// reader and run through the real stages up to and including citations.
/// </summary>
internal sealed class HandMadeEssay
{
    private HandMadeEssay(CitationOutcome outcome, DiagnosticBag diagnostics)
    {
        Outcome = outcome;
        Diagnostics = diagnostics;
    }

    public CitationOutcome Outcome { get; }

    public DiagnosticBag Diagnostics { get; }

    public static async Task<HandMadeEssay> RunAsync(IReadOnlyList<string> notes, params string[] bibliography)
    {
        var (_, outcome, diagnostics) = await RealSeed.RunAsync(Scrape(notes, bibliography));
        return new HandMadeEssay(outcome, diagnostics);
    }

    /// <summary>The scrape: notes numbered from 1 in the order given.</summary>
    public static string Scrape(IReadOnlyList<string> notes, IReadOnlyList<string> bibliography)
    {
        var text = new StringBuilder("## A Hand-Made Essay on Harbours\n\nAnn Author (A University)\n\n");
        for (var i = 1; i <= notes.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"This sentence calls note {i}.<sup>{i}</sup>\n\n");
        }

        text.Append("---\n\n");
        for (var i = 1; i <= notes.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<sup>{i}</sup> {notes[i - 1]}\n\n");
        }

        if (bibliography.Count > 0)
        {
            text.Append("## Bibliography\n\n");
            foreach (var entry in bibliography)
            {
                text.Append("- ").Append(entry).Append('\n');
            }
        }

        return text.ToString();
    }

    public Note Note(int number) =>
        SeedDocument.Notes(Outcome.Document).Single(n => n.Label == number.ToString(CultureInfo.InvariantCulture));

    public IReadOnlyList<BibliographicReference> Parts(int note) => [.. CitationQueries.References(Note(note)).Select(r => r.Parts)];

    /// <summary>The note whose reference an ibid or short form of <paramref name="note"/> points to by sameAs, or null.</summary>
    public string? SameAsNote(int note, int reference = 0)
    {
        var target = Parts(note)[reference].SameAs;
        if (target is null)
        {
            return null;
        }

        return SeedDocument.Notes(Outcome.Document)
            .Single(n => CitationQueries.References(n).Any(r => r.Parts.Id == target)).Label;
    }

    /// <summary>The text of the bibliography entry a reference of <paramref name="note"/> links, or null.</summary>
    public string? LinkedEntry(int note, int reference = 0)
    {
        var id = Parts(note)[reference].BibliographyId;
        return id is null ? null : CitationQueries.Plain(SeedDocument.Entries(Outcome.Document).Single(e => e.Id == id).Content);
    }
}
