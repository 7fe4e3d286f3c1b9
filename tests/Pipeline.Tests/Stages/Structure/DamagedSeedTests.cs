using FsCheck;
using FsCheck.Fluent;
using Pipeline.Diagnostics;
using Pipeline.Reading;
using Pipeline.Reading.Layout;
using Pipeline.Stages;
using Pipeline.Stages.Footnotes;
using Pipeline.Stages.PageFurniture;
using Pipeline.Stages.PageRepair;
using Pipeline.Stages.Structure;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Stages.Structure;

/// <summary>The reading stages on damaged copies of the seed: they report, never throw, and lose no word.</summary>
public class DamagedSeedTests
{
    private static IStage[] AllStages() => [new PageFurnitureStage(), new PageRepairStage(), new FootnoteStage(), new StructureStage()];

    [Fact]
    public async Task AllStages_SeedWithRandomLinesDeleted_KeepEveryWord()
    {
        var lines = SeedVariants.Lines(SeedFiles.SeedText);
        var random = new Random(20261126);
        for (var round = 0; round < 60; round++)
        {
            var deleted = Enumerable.Range(0, random.Next(1, 12)).Select(_ => random.Next(lines.Length)).ToHashSet();
            var text = string.Join('\n', lines.Where((_, index) => !deleted.Contains(index)));

            var (document, _) = await StageRunner.ReadAndRunAsync(text, SeedFiles.SeedDirectory, AllStages());

            var expected = Comparable(ModelText.SourceWords(text));
            var actual = Comparable(ModelText.ModelWords(document));
            var missing = expected.ToList();
            foreach (var word in actual)
            {
                missing.Remove(word);
            }

            var extra = actual.ToList();
            foreach (var word in expected)
            {
                extra.Remove(word);
            }

            Assert.True(
                expected.SequenceEqual(actual),
                $"round {round}, deleted lines {string.Join(",", deleted.Order().Select(index => index + 1))}: missing [{string.Join(" ", missing)}], extra [{string.Join(" ", extra)}]");
        }
    }

    [Fact]
    public void AllStages_TextMadeOfScrapeFragments_NeverThrowAndClearThePageFoot()
    {
        var reader = new ScrapedTextReader();
        var fragment = Gen.Elements(
            "---", "***", "<sup>1</sup> A note.", "<sup>2</sup> Another <sup>3</sup> note.", "<sup>0</sup>", "<sup>99999999999999999999</sup> x",
            "Body text.<sup>1</sup>", "ends mid", "continued text", "", "  ", "<sup>", "</sup>", "# Title", "## Appendix 1. X", "Appendix 2. Y",
            "## **Appendices**", "## Bibliography", "- Smith, John. *Book*. 1999.", "1. z", "Ann Author (Some Place)", "**Abstract:** a",
            "![x](../y.png)", "![x](a.png)", "ELENA SENIUC", "42", "xii", "*open", "[link](", "<https://example.org>", "&amp;", "\u0001");
        var pieces = Gen.OneOf(Gen.ArrayOf(fragment), Gen.ArrayOf(Gen.Elements("a", "<sup>1</sup>", "---", "\n", "b c.")));
        Prop.ForAll(Arb.From(pieces), async pieces =>
        {
            var text = string.Join("\n", pieces);
            var diagnostics = new DiagnosticBag("fuzz");
            var document = reader.Read("fuzz", string.Empty, text, diagnostics);
            var context = new StageContext(diagnostics, SeedVariants.Lines(text));
            foreach (var stage in AllStages())
            {
                document = await stage.RunAsync(document, context, CancellationToken.None);
            }

            return !ModelText.AllBlocks(document.Blocks).Any(block => block is FootRule or FootnoteText or FootnoteContinuation);
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Words without note numbers (a dangling call keeps its number as text) and without the "Abstract" label.</summary>
    private static List<string> Comparable(IEnumerable<string> words) =>
        words.Where(word => !word.All(char.IsAsciiDigit) && word != "Abstract").Order(StringComparer.Ordinal).ToList();
}
