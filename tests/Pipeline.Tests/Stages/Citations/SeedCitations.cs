using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Stages.Citations;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>The seed essay before and after the citation stage, read once per test class.</summary>
public sealed class SeedCitations : IAsyncLifetime
{
    public Document Input { get; private set; } = null!;

    public Document Output { get; private set; } = null!;

    public CitationReport Report { get; private set; } = null!;

    public DiagnosticBag Diagnostics { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var (input, outcome, diagnostics) = await RealSeed.RunAsync(SeedFiles.SeedText);
        Input = input;
        Output = outcome.Document;
        Report = outcome.Report;
        Diagnostics = diagnostics;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public Note Note(int number) => SeedDocument.Notes(Output).Single(n => n.Label == number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The id of the entry whose text starts with <paramref name="surname"/> and has <paramref name="year"/>.</summary>
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
