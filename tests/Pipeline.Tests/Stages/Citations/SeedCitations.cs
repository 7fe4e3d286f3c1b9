using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Stages.Citations;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>The seed essay before and after the citation stage, computed once per test class.</summary>
public sealed class SeedCitations
{
    public SeedCitations()
    {
        Input = SeedDocument.Build();
        Diagnostics = new DiagnosticBag(Input.Id);
        var outcome = CitationStage.Structure(Input, Diagnostics);
        Output = outcome.Document;
        Report = outcome.Report;
    }

    public Document Input { get; }

    public Document Output { get; }

    public CitationReport Report { get; }

    public DiagnosticBag Diagnostics { get; }

    public Note Note(int number) => SeedDocument.Notes(Output).Single(n => n.Label == number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The id of the entry whose text starts with <paramref name="surname"/> and whose text has <paramref name="year"/>.</summary>
    public string EntryId(string surname, string year)
    {
        var matches = SeedDocument.Entries(Output)
            .Where(e => CitationQueries.Plain(e.Content).TrimStart('“', '"').StartsWith(surname, StringComparison.Ordinal)
                && CitationQueries.Plain(e.Content).Contains(year, StringComparison.Ordinal))
            .ToList();
        Assert.True(matches.Count == 1, $"gold key {surname} {year} names {matches.Count} entries");
        return matches[0].Id;
    }
}
