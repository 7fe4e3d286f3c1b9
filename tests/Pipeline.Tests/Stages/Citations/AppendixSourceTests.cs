using Pipeline.Model;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>
/// An appendix's line naming the source of the document it reproduces is a reference to a
/// bibliography entry: linked when it reads as that entry, left as prose otherwise.
/// </summary>
public sealed class AppendixSourceTests
{
    [Fact]
    public async Task Structure_SeedAppendixSourceLines_AreLinkedToTheirEntries()
    {
        var (_, outcome, diagnostics) = await RealSeed.RunAsync(SeedFiles.SeedText);

        var sources = AppendixParagraphs(outcome.Document).Where(p => p.Content.Any(i => i is Reference)).ToList();

        // Appendix 1 names its clipping with an author, appendix 2 with the article's headline only.
        Assert.Equal(2, sources.Count);
        Assert.Equal(["bibl-salisbury1956", "bibl-stalingrad1961"], sources.Select(s => Assert.IsType<Reference>(Assert.Single(s.Content)).Parts.BibliographyId));
        Assert.StartsWith("Salisbury, Harrison E.", PlainText.Of(sources[0].Content), StringComparison.Ordinal);
        Assert.Equal(2, diagnostics.Items.Count(d => d.Code == "citation-appendix-source"));
    }

    [Fact]
    public async Task Structure_AppendixLineNamingAnotherWork_StaysProse()
    {
        // Only the appendix's line changes author; the bibliography keeps Salisbury's entry.
        var seed = SeedFiles.SeedText;
        var at = seed.IndexOf("Salisbury, Harrison E. \"KHRUSHCHEV", StringComparison.Ordinal);
        Assert.True(at > 0 && seed.IndexOf("Salisbury, Harrison E. \"KHRUSHCHEV", at + 1, StringComparison.Ordinal) > at);
        var text = string.Concat(seed.AsSpan(0, at), "Whitcombe, Ada L.", seed.AsSpan(at + "Salisbury, Harrison E.".Length));

        var (_, outcome, _) = await RealSeed.RunAsync(text);

        var line = Assert.Single(AppendixParagraphs(outcome.Document), p => PlainText.Of(p.Content).StartsWith("Whitcombe", StringComparison.Ordinal));
        Assert.DoesNotContain(line.Content, i => i is Reference);
    }

    [Fact]
    public async Task Structure_AppendixProse_IsNeverWrapped()
    {
        var (input, outcome, _) = await RealSeed.RunAsync(SeedFiles.SeedText);

        var before = AppendixParagraphs(input).Select(p => PlainText.Of(p.Content)).ToList();
        var after = AppendixParagraphs(outcome.Document).ToList();

        Assert.Equal(before, after.Select(p => PlainText.Of(p.Content)));
        Assert.Equal(2, after.Count(p => p.Content.Any(i => i is Reference)));
    }

    private static IEnumerable<Paragraph> AppendixParagraphs(Document document) => AppendixParagraphs(document.Blocks);

    private static IEnumerable<Paragraph> AppendixParagraphs(IEnumerable<Block> blocks) =>
        blocks.OfType<Division>().SelectMany(d => d.Kind == DivisionKind.Appendix ? d.Content.OfType<Paragraph>() : AppendixParagraphs(d.Content));
}
