using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Stages.Citations;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>Variants of the seed with one note changed, to show what is and is not matched.</summary>
public sealed class CitationVariantTests
{
    [Fact]
    public async Task Structure_FullReferenceWithWrongYear_IsReportedAsWeakAndNotLinked()
    {
        var (outcome, diagnostics) = await RunAsync(17, "Roy A. Medvedev, *Khrushchev* (Oxford: Blackwells, 1983): 68-69.");

        var note17 = Single(outcome, 17);
        Assert.Null(note17.Parts.BibliographyId);
        var unresolved = Assert.Single(outcome.Report.Unresolved, u => u.Note == "17");
        Assert.True(unresolved.WeakMatch);
        Assert.Contains("different year", unresolved.Reason, StringComparison.Ordinal);
        Assert.Contains(diagnostics.Items, d => d.Severity == Severity.Warning && d.Line == 71 && d.Message.StartsWith("Note 17:", StringComparison.Ordinal));

        // The short forms that point back to it are not linked to a guess either.
        Assert.Null(Single(outcome, 22).Parts.BibliographyId);
        Assert.Null(Single(outcome, 43).Parts.BibliographyId);
    }

    [Fact]
    public async Task Structure_SpellingTheBibliographyDoesNotHave_IsNotMatched()
    {
        var (outcome, _) = await RunAsync(1, "Polly Jones, *The Dilemmas of De-Stalinization: Negotiating Cultural and Social Change in the Khrushchev Era* (New York: Routledge, 2006): 2.");

        Assert.Null(Single(outcome, 1).Parts.BibliographyId);
        Assert.Contains(outcome.Report.Unresolved, u => u.Note == "1");
    }

    [Theory]
    [InlineData(12, "Juliane Furst called this \"a hint of freedom.\" See Juliane Furst, ‘Introduction - Late Stalinist Society: History, Policies and People,’ in *Late Stalinist Russia: Society between Reconstruction and Reinvention*, ed. Juliane Furst (New York: Routledge, 2006): 1-4.", "Fürst")]
    [InlineData(14, "Sheila Fitzpatrick, “Postwar Soviet Society: The ‘Return to Normalcy,’ 1945–1953,” in *The Impact of World War II on the Soviet Union*, ed. Susan J. Linz (Totowa: Rowman and Allanheld, 1985): 151-152.", "Fitzpatrick")]
    [InlineData(27, "Miriam Dobson, *Khrushchev’s Cold Summer: Gulag Returnees, Crime, and the Fate of Reform after Stalin*, (Ithaca: Cornell University Press, 2009): 110.", "Dobson")]
    public async Task Structure_TypographicVariants_StillMatch(int note, string text, string surname)
    {
        var (outcome, _) = await RunAsync(note, text);

        var entry = SeedDocument.Entries(outcome.Document)
            .Single(e => CitationQueries.Plain(e.Content).StartsWith(surname, StringComparison.Ordinal)
                && CitationQueries.Plain(e.Content).Contains(MatchYear(text), StringComparison.Ordinal));
        Assert.Equal(entry.Id, Single(outcome, note).Parts.BibliographyId);
    }

    [Fact]
    public async Task Structure_IbidAfterCommentaryNote_IsNotLinkedToAnOlderNote()
    {
        var (outcome, _) = await RunAsync(32, "*Ibid.*, 12.");

        Assert.Null(Single(outcome, 32).Parts.BibliographyId);
        Assert.Contains(outcome.Report.Unresolved, u => u.Note == "32" && u.WeakMatch);
    }

    [Fact]
    public async Task Structure_RunTwice_LeavesTheStructuredDocumentAsItIs()
    {
        var (document, outcome, _) = await RealSeed.RunAsync(Pipeline.Tests.Support.SeedFiles.SeedText);
        var once = outcome.Document;
        var twice = CitationStage.Structure(once, new DiagnosticBag(document.Id)).Document;

        var first = SeedDocument.Notes(once);
        var second = SeedDocument.Notes(twice);
        for (var i = 0; i < first.Length; i++)
        {
            Assert.Equal(CitationQueries.NotePlain(first[i]), CitationQueries.NotePlain(second[i]));
            Assert.Equal(
                CitationQueries.References(first[i]).Select(r => r.Parts.BibliographyId),
                CitationQueries.References(second[i]).Select(r => r.Parts.BibliographyId));
        }
    }

    private static Reference Single(CitationOutcome outcome, int note) =>
        Assert.Single(CitationQueries.References(SeedDocument.Notes(outcome.Document).Single(n => n.Label == note.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static string MatchYear(string text) => System.Text.RegularExpressions.Regex.Match(text, @"\((?:[^()]*?)(\d{4})\)").Groups[1].Value;

    private static async Task<(CitationOutcome Outcome, DiagnosticBag Diagnostics)> RunAsync(int note, string markdown)
    {
        var (_, outcome, diagnostics) = await RealSeed.RunAsync(RealSeed.WithNote(note, markdown));
        return (outcome, diagnostics);
    }
}
