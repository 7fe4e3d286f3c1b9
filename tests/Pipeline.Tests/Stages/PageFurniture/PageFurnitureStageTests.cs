using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Stages.PageFurniture;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Stages.PageFurniture;

public class PageFurnitureStageTests
{
    [Fact]
    public async Task Run_Seed_LeavesTheDocumentUnchanged()
    {
        var (read, _) = StageRunner.Read(SeedFiles.SeedText);
        var (document, diagnostics) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, string.Empty, new PageFurnitureStage());

        Assert.Equal(read.Blocks.Length, document.Blocks.Length);
        Assert.Equal(ModelText.ModelWords(read), ModelText.ModelWords(document));
        Assert.Equal(read.Blocks.Select(block => block.Span), document.Blocks.Select(block => block.Span));
        Assert.Empty(diagnostics.Items);
    }

    [Theory]
    [InlineData(FurnitureLayout.Glued)]
    [InlineData(FurnitureLayout.OwnBlock)]
    public async Task Run_HardWrappedSeed_RemovesEveryRunningHeadAndPageNumber(FurnitureLayout layout)
    {
        var variant = SeedVariants.HardWrap(SeedFiles.SeedText, new HardWrapOptions { Furniture = layout, FirstPageNumber = 117 });
        var plain = SeedVariants.HardWrap(SeedFiles.SeedText, new HardWrapOptions { Furniture = FurnitureLayout.None });
        var (document, diagnostics) = await StageRunner.ReadAndRunAsync(variant.Text, string.Empty, new PageFurnitureStage());
        var (expected, _) = StageRunner.Read(plain.Text);

        var removed = diagnostics.Items.Where(item => item.Code.StartsWith("furniture.", StringComparison.Ordinal)).Select(item => item.Line);
        Assert.Equal(variant.FurnitureLines, removed.Order());
        Assert.Equal(ModelText.ModelWords(expected), ModelText.ModelWords(document));
        Assert.Equal(expected.Blocks.Select(block => block.GetType()), document.Blocks.Select(block => block.GetType()));
        Assert.DoesNotContain(document.Blocks, block => ModelText.Plain(ModelText.ContentOf(block)).Contains(SeedVariants.EvenRunningHead, StringComparison.Ordinal));
        Assert.DoesNotContain(document.Blocks, block => ModelText.Plain(ModelText.ContentOf(block)).Contains("DE-STALINISATION PROGRAMME", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_GluedFurniture_FirstLineOfTheParagraphMovesPastIt()
    {
        var variant = SeedVariants.HardWrap(SeedFiles.SeedText, new HardWrapOptions { Furniture = FurnitureLayout.Glued });
        var (document, _) = await StageRunner.ReadAndRunAsync(variant.Text, string.Empty, new PageFurnitureStage());
        var lines = SeedVariants.Lines(variant.Text);

        foreach (var block in document.Blocks.Where(block => block is Paragraph or Heading))
        {
            Assert.DoesNotContain(block.Span.FirstLine, variant.FurnitureLines);
            var firstWords = ModelText.Plain(ModelText.ContentOf(block)).Split(' ')[0];
            var sourceLine = lines[block.Span.FirstLine - 1].Replace("*", string.Empty, StringComparison.Ordinal);
            Assert.True(sourceLine.Contains(firstWords, StringComparison.Ordinal), $"{block.Span}: '{firstWords}' not on '{sourceLine}'");
        }
    }

    [Fact]
    public async Task Run_RomanAndDecoratedPageNumbers_AreRemoved()
    {
        const string Text = "xii\nFirst page text goes on.\n\n---\n\n<sup>1</sup> A note.\n\n– 13 –\nSecond page text.\n\n---\n\n<sup>2</sup> Another.\n\nPage 14\nThird page.";

        var (document, diagnostics) = await StageRunner.ReadAndRunAsync(Text, string.Empty, new PageFurnitureStage());

        var paragraphs = document.Blocks.OfType<Paragraph>().Select(paragraph => ModelText.Plain(paragraph.Content));
        Assert.Equal(["First page text goes on.", "Second page text.", "Third page."], paragraphs);
        Assert.Equal([1, 8, 15], diagnostics.Items.Select(item => item.Line));
    }

    [Fact]
    public async Task Run_LineRecurringOnlyOnce_IsKept()
    {
        const string Text = "ONE-OFF LINE\nFirst page.\n\n---\n\n<sup>1</sup> A note.\n\nSecond page.\n\n---\n\n<sup>2</sup> Note.\n\nThird page.";

        var (document, diagnostics) = await StageRunner.ReadAndRunAsync(Text, string.Empty, new PageFurnitureStage());

        Assert.StartsWith("ONE-OFF LINE", ModelText.Plain(ModelText.ContentOf(document.Blocks[0])), StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics.Items, item => item.Severity != Severity.Info);
        Assert.Empty(diagnostics.Items);
    }
}
