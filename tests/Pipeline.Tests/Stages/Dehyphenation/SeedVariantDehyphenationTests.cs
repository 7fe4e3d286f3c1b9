using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading;
using Pipeline.Reading.Layout;
using Pipeline.Stages;
using Pipeline.Stages.Dehyphenation;
using Pipeline.Stages.Footnotes;
using Pipeline.Stages.PageFurniture;
using Pipeline.Stages.PageRepair;
using Pipeline.Tests.Support;
using Xunit.Abstractions;

namespace Pipeline.Tests.Stages.Dehyphenation;

/// <summary>
/// The reader's hard-wrapped, dictionary-hyphenated variant of the seed, read and de-hyphenated,
/// must give back the seed's own word sequence.
/// </summary>
public sealed class SeedVariantDehyphenationTests : IClassFixture<SystemWordList>
{
    private readonly HunspellWordList _words;
    private readonly ITestOutputHelper _output;

    public SeedVariantDehyphenationTests(SystemWordList fixture, ITestOutputHelper output)
    {
        _words = fixture.List;
        _output = output;
    }

    [Theory]
    [InlineData(66)]
    [InlineData(48)]
    public async Task RunAsync_HardWrappedSeedVariant_GivesBackTheSeedsWords(int width)
    {
        var variant = SeedVariants.HardWrap(SeedFiles.SeedText, new HardWrapOptions { Width = width, Furniture = FurnitureLayout.None });
        var (original, _) = await ReadAndResolveAsync(SeedFiles.SeedText);
        var (wrapped, bag) = await ReadAndResolveAsync(variant.Text);

        var expected = Words(original);
        var actual = Words(wrapped);
        var mismatches = expected.Zip(actual).Where(w => w.First != w.Second).Select(w => $"{w.First} -> {w.Second}").ToList();
        _output.WriteLine(
            $"width {width}: {variant.Hyphens.Length} line-end hyphens in the variant "
            + $"({variant.Hyphens.Count(h => h.IsCompound)} at real compounds, {variant.Hyphens.Count(h => !h.IsCompound)} syllable breaks); "
            + bag.Items.Single(d => d.Code == DehyphenationCodes.Summary).Message);
        mismatches.ForEach(_output.WriteLine);

        Assert.True(variant.Hyphens.Length > 30, $"the variant has only {variant.Hyphens.Length} hyphenated line ends");
        Assert.Equal(expected.Length, actual.Length);
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(FurnitureLayout.Glued, 66)]
    [InlineData(FurnitureLayout.OwnBlock, 66)]
    [InlineData(FurnitureLayout.Glued, 44)]
    public async Task RunAsync_AfterFurnitureAndPageRepairBeforeFootnotes_VariantWordsEqualSeedWords(FurnitureLayout layout, int width)
    {
        var variant = SeedVariants.HardWrap(SeedFiles.SeedText, new HardWrapOptions { Width = width, Furniture = layout });
        var (original, _) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, SeedFiles.SeedDirectory, Chain());
        var (wrapped, diagnostics) = await StageRunner.ReadAndRunAsync(variant.Text, SeedFiles.SeedDirectory, Chain());

        var expected = ModelText.ModelWords(original);
        var actual = ModelText.ModelWords(wrapped);
        var mismatches = expected.Zip(actual).Where(w => w.First != w.Second).Select(w => $"{w.First} -> {w.Second}").ToList();
        _output.WriteLine(
            $"{layout}, width {width}: {variant.Hyphens.Length} line-end hyphens, {variant.PageCount} pages; "
            + diagnostics.Items.Single(d => d.Code == DehyphenationCodes.Summary).Message
            + $" {diagnostics.Items.Count(d => d.Code == DehyphenationCodes.Uncertain)} decided by the built-in rule alone.");
        mismatches.Take(20).ToList().ForEach(_output.WriteLine);

        Assert.Equal(expected.Count, actual.Count);
        Assert.Empty(mismatches);
        Assert.DoesNotContain(
            ModelText.AllBlocks(wrapped.Blocks).SelectMany(ModelText.ContentOf).SelectMany(i => ModelText.AllInlines([i])),
            i => i is LineEnd { Kind: LineEndKind.Soft or LineEndKind.Page });
    }

    [Fact]
    public async Task RunAsync_VariantWithoutDictionary_TextEvidenceAndRulesStillRestoreAlmostEveryWord()
    {
        var variant = SeedVariants.HardWrap(SeedFiles.SeedText, new HardWrapOptions { Width = 44 });
        IStage[] chain = [new PageFurnitureStage(), new PageRepairStage(), new DehyphenationStage((IWordList?)null), new FootnoteStage()];
        var (original, _) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, SeedFiles.SeedDirectory, chain);
        var (wrapped, diagnostics) = await StageRunner.ReadAndRunAsync(variant.Text, SeedFiles.SeedDirectory, chain);

        var expected = ModelText.ModelWords(original);
        var actual = ModelText.ModelWords(wrapped);
        var mismatches = expected.Zip(actual).Where(w => w.First != w.Second).Select(w => $"{w.First} -> {w.Second}").ToList();
        _output.WriteLine($"no dictionary, width 44: {variant.Hyphens.Length} line-end hyphens, {mismatches.Count} words wrong");
        mismatches.ForEach(_output.WriteLine);

        Assert.Single(diagnostics.Items, d => d.Code == DehyphenationCodes.DictionaryMissing);
        Assert.Equal(expected.Count, actual.Count);
        Assert.True(mismatches.Count <= variant.Hyphens.Length / 10, string.Join("; ", mismatches));
    }

    private IStage[] Chain() => [new PageFurnitureStage(), new PageRepairStage(), new DehyphenationStage(_words), new FootnoteStage()];

    [Fact]
    public void Decide_EveryHyphenOfTheVariant_MatchesHowTheSeedSpellsTheWord()
    {
        var variant = SeedVariants.HardWrap(SeedFiles.SeedText, new HardWrapOptions { Width = 40, Furniture = FurnitureLayout.None });
        var judge = HyphenationJudge.Create([variant.Text], _words);
        var wrong = variant.Hyphens
            .Where(h => judge.Decide(h.Left, h.Right) != (h.IsCompound ? HyphenDecision.KeepHyphen : HyphenDecision.Join))
            .Select(h => $"{h.Left}- {h.Right} ({(h.IsCompound ? "compound" : "syllable")}): {judge.Judge(h.Left, h.Right).Reason}")
            .ToList();
        _output.WriteLine($"{variant.Hyphens.Length} hyphens, {wrong.Count} wrong");
        wrong.ForEach(_output.WriteLine);
        Assert.True(wrong.Count <= variant.Hyphens.Length / 50, string.Join("; ", wrong));
    }

    private async Task<(Document Document, DiagnosticBag Bag)> ReadAndResolveAsync(string text)
    {
        var bag = new DiagnosticBag("seed-essay");
        var document = new ScrapedTextReader().Read("seed-essay", SeedFiles.SeedDirectory, text, bag);
        var result = await new DehyphenationStage(_words).RunAsync(document, new StageContext(bag, []), CancellationToken.None);
        return (result, bag);
    }

    private static ImmutableArray<string> Words(Document document)
    {
        var texts = new List<string>();
        void Visit(IEnumerable<Block> blocks)
        {
            foreach (var block in blocks)
            {
                texts.Add(block switch
                {
                    Paragraph p => InlineRendering.PlainText(p.Content),
                    Heading h => InlineRendering.PlainText(h.Content),
                    ListItem l => InlineRendering.PlainText(l.Content),
                    FootnoteText f => f.Label + " " + InlineRendering.PlainText(f.Content),
                    FootnoteContinuation c => InlineRendering.PlainText(c.Content),
                    Figure f => InlineRendering.PlainText(f.Caption),
                    BibliographyEntry b => InlineRendering.PlainText(b.Content),
                    _ => string.Empty,
                });
                if (block is Division d)
                {
                    Visit(d.Head is null ? d.Content : [d.Head, .. d.Content]);
                }
            }
        }

        Visit(document.Blocks);
        return [.. texts.SelectMany(t => t.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))];
    }
}
