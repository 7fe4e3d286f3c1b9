using System.Text.RegularExpressions;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading.Layout;
using Pipeline.Stages;
using Pipeline.Stages.Footnotes;
using Pipeline.Stages.PageFurniture;
using Pipeline.Stages.PageRepair;
using Pipeline.Stages.Structure;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Stages.Structure;

public class StructureStageTests
{
    private static IStage[] AllStages() => [new PageFurnitureStage(), new PageRepairStage(), new FootnoteStage(), new StructureStage()];

    [Fact]
    public async Task Run_Seed_FillsTitleAuthorAndAbstract()
    {
        var (document, _) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, SeedFiles.SeedDirectory, AllStages());

        var metadata = document.Metadata;
        Assert.Equal("The Fundamental Weaknesses of Khrushchev's De-Stalinisation Programme in the USSR", ModelText.Plain(metadata.Title));
        Assert.Equal(new Author("Elena Seniuc", "Lincoln, University of Oxford"), Assert.Single(metadata.Authors));
        var summary = Assert.Single(metadata.Abstract);
        var text = ModelText.Plain(summary.Content);
        Assert.StartsWith("The following article assesses", text, StringComparison.Ordinal);
        Assert.EndsWith("planting the seeds for future dissent.", text, StringComparison.Ordinal);
        Assert.IsType<Paragraph>(document.Blocks[0]);
        Assert.StartsWith("The notion of 'de-Stalinisation'", ModelText.Plain(((Paragraph)document.Blocks[0]).Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Seed_GroupsBothAppendicesWithTheirFigures()
    {
        var (document, diagnostics) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, SeedFiles.SeedDirectory, AllStages());

        var group = Assert.IsType<Division>(document.Blocks[^2]);
        Assert.Equal((DivisionKind.Section, "appendices"), (group.Kind, group.Id));
        Assert.Equal("Appendices", ModelText.Plain(group.Head!.Content));
        Assert.Equal(2, group.Content.Length);
        var first = Assert.IsType<Division>(group.Content[0]);
        var second = Assert.IsType<Division>(group.Content[1]);
        Assert.Equal((DivisionKind.Appendix, "appendix-1"), (first.Kind, first.Id));
        Assert.Equal((DivisionKind.Appendix, "appendix-2"), (second.Kind, second.Id));
        Assert.Equal("Appendix 1. The 'Secret Speech' published in the New York Times, June 1956", ModelText.Plain(first.Head!.Content));
        Assert.StartsWith("Appendix 2. Re-naming Soviet Towns", ModelText.Plain(second.Head!.Content), StringComparison.Ordinal);

        var figure1 = Assert.IsType<Figure>(first.Content[0]);
        Assert.Equal(("figure-appendix-1", "appendix-1.jpg"), (figure1.Id, figure1.ImagePath));
        Assert.Equal("The 'Secret Speech' published in the New York Times, June 1956", ModelText.Plain(figure1.Caption));
        Assert.Null(figure1.Transcription);
        var figure2 = Assert.IsType<Figure>(second.Content[0]);
        Assert.Equal(("figure-appendix-2", "appendix-2.jpg"), (figure2.Id, figure2.ImagePath));

        Assert.Equal(2, first.Content.Length);
        Assert.StartsWith("Salisbury, Harrison E.", ModelText.Plain(ModelText.ContentOf(first.Content[1])), StringComparison.Ordinal);
        Assert.Equal(12, second.Content.Length);
        Assert.Equal("Stalingrad Name Changed", ModelText.Plain(ModelText.ContentOf(second.Content[1])));
        Assert.DoesNotContain(diagnostics.Items, item => item.Severity != Severity.Info);
    }

    [Fact]
    public async Task Run_Seed_BibliographyHasThirtyFourEntriesWithStableUniqueIds()
    {
        var (document, _) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, SeedFiles.SeedDirectory, AllStages());

        var bibliography = Assert.IsType<Division>(document.Blocks[^1]);
        Assert.Equal((DivisionKind.Bibliography, "bibliography"), (bibliography.Kind, bibliography.Id));
        var entries = bibliography.Content.Cast<BibliographyEntry>().ToList();
        Assert.Equal(34, entries.Count);
        Assert.Equal(entries.Count, entries.Select(entry => entry.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(entries, entry => Assert.Matches(new Regex("^bibl-[a-z0-9]+(-[0-9]+)?$"), entry.Id));
        Assert.Equal("bibl-stalingrad1961", entries[0].Id);
        Assert.Equal("bibl-achminow1965", entries[1].Id);
        Assert.Equal("bibl-brus1975", entries[4].Id);
        Assert.Equal("bibl-furst2006", entries.Single(entry => entry.Span.FirstLine == 268).Id);
        Assert.Equal("bibl-getty2000", entries.Single(entry => entry.Span.FirstLine == 270).Id);
        Assert.Equal("bibl-vanherpen2016", entries.Single(entry => entry.Span.FirstLine == 288).Id);
        Assert.Equal("bibl-zubkova2003", entries[^1].Id);
        Assert.IsType<Link>(entries[0].Content[^1]);
        Assert.Equal(new SourceSpan(270, 271, 16), entries.Single(entry => entry.Id == "bibl-getty2000").Span);
    }

    [Fact]
    public async Task Run_Seed_EveryWordOfTheSourceSurvivesExactlyOnce()
    {
        var (document, _) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, SeedFiles.SeedDirectory, AllStages());

        var source = ModelText.SourceWords(SeedFiles.SeedText);
        source.Remove("Abstract");
        var model = ModelText.ModelWords(document);
        Assert.Equal(source.Order(StringComparer.Ordinal), model.Order(StringComparer.Ordinal));
        var blocks = ModelText.AllBlocks(document.Blocks).ToList();
        Assert.DoesNotContain(blocks, block => block is FootRule or FootnoteText or FootnoteContinuation);
        Assert.DoesNotContain(blocks.SelectMany(block => ModelText.AllInlines(ModelText.ContentOf(block))), inline => inline is NoteCall);
    }

    [Fact]
    public async Task Default_Pipeline_RunsTheReadingStagesInOrderOnTheSeed()
    {
        var stages = PipelineStages.Default(new PipelineOptions());
        var names = stages.Select(stage => stage.Name).ToList();
        string[] mine = ["page-furniture", "page-repair", "footnotes", "structure"];

        var positions = mine.Select(name => names.IndexOf(name)).ToList();
        Assert.All(positions, position => Assert.True(position >= 0));
        Assert.Equal(positions.Order(), positions);
        var ownStages = stages.Where(stage => mine.Contains(stage.Name)).ToArray();
        var (document, _) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, SeedFiles.SeedDirectory, ownStages);
        Assert.Equal(34, ((Division)document.Blocks[^1]).Content.Length);
    }

    [Theory]
    [InlineData(FurnitureLayout.Glued)]
    [InlineData(FurnitureLayout.OwnBlock)]
    public async Task Run_HardWrappedSeed_GivesTheSameStructure(FurnitureLayout layout)
    {
        var variant = SeedVariants.HardWrap(SeedFiles.SeedText, new HardWrapOptions { Furniture = layout, FirstPageNumber = 201 });
        var (original, _) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, SeedFiles.SeedDirectory, AllStages());
        var (wrapped, diagnostics) = await StageRunner.ReadAndRunAsync(variant.Text, SeedFiles.SeedDirectory, AllStages());

        Assert.Equal(original.Metadata.Authors.ToArray(), wrapped.Metadata.Authors.ToArray());
        Assert.Equal(ModelText.Plain(original.Metadata.Title), ModelText.Plain(wrapped.Metadata.Title));
        Assert.Equal(Shape(original.Blocks), Shape(wrapped.Blocks));
        var notes = ModelText.AllBlocks(wrapped.Blocks).SelectMany(block => ModelText.AllInlines(ModelText.ContentOf(block))).OfType<Note>();
        Assert.Equal(55, notes.Count());
        var bibliography = (Division)wrapped.Blocks[^1];
        Assert.Equal(((Division)original.Blocks[^1]).Content.Cast<BibliographyEntry>().Select(entry => entry.Id), bibliography.Content.Cast<BibliographyEntry>().Select(entry => entry.Id));
        Assert.DoesNotContain(diagnostics.Items, item => item.Severity != Severity.Info);
    }

    [Fact]
    public async Task Run_NoAppendixImages_WarnsAndMakesNoFigure()
    {
        var empty = Directory.CreateTempSubdirectory("pipeline-structure-");
        try
        {
            var (document, diagnostics) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, empty.FullName, AllStages());

            var group = (Division)document.Blocks[^2];
            Assert.DoesNotContain(ModelText.AllBlocks(group.Content), block => block is Figure);
            Assert.Equal([217, 225], diagnostics.Items.Where(item => item.Code == "structure.appendix-without-image").Select(item => item.Line));
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Run_PngImageAndNoGroupHeading_AppendixIsTopLevel()
    {
        var folder = Directory.CreateTempSubdirectory("pipeline-structure-");
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "appendix-a.png"), [0x89, 0x50]);
            const string Text = "# Title\n\nAnn Author (Some College)\n\nBody text.\n\n## Appendix A: A map\n\nA caption line.\n\n## References\n\n- Smith, John. *Book*. 1999.";

            var (document, _) = await StageRunner.ReadAndRunAsync(Text, folder.FullName, new StructureStage());

            Assert.Equal(3, document.Blocks.Length);
            var appendix = Assert.IsType<Division>(document.Blocks[1]);
            Assert.Equal("appendix-a", appendix.Id);
            var figure = Assert.IsType<Figure>(appendix.Content[0]);
            Assert.Equal(("appendix-a.png", "A map"), (figure.ImagePath, ModelText.Plain(figure.Caption)));
            var entry = Assert.IsType<BibliographyEntry>(Assert.IsType<Division>(document.Blocks[2]).Content.Single());
            Assert.Equal("bibl-smith1999", entry.Id);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Run_NoTitleOrByline_WarnsAndKeepsTheText()
    {
        var (document, diagnostics) = await StageRunner.ReadAndRunAsync("Just a paragraph.\n\nAnother.", string.Empty, new StructureStage());

        Assert.Equal(2, document.Blocks.Length);
        Assert.Empty(document.Metadata.Title);
        Assert.Contains(diagnostics.Items, item => item.Code == "structure.no-title");
        Assert.Contains(diagnostics.Items, item => item.Code == "structure.no-author");
    }

    private static List<string> Shape(IEnumerable<Pipeline.Model.Block> blocks) =>
        blocks.Select(block => block is Division division
            ? $"{division.Kind}:{division.Id}[{string.Join(",", Shape(division.Content))}]"
            : block.GetType().Name).ToList();
}
