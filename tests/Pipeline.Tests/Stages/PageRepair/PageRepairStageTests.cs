using Pipeline.Model;
using Pipeline.Reading.Layout;
using Pipeline.Stages.PageFurniture;
using Pipeline.Stages.PageRepair;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Stages.PageRepair;

public class PageRepairStageTests
{
    private static readonly (int First, int Second)[] SeedJoins =
    [
        (9, 15), (17, 35), (37, 45), (49, 63), (65, 79), (81, 91), (105, 117), (119, 133), (135, 145), (147, 159), (163, 173), (175, 191), (195, 209),
    ];

    [Fact]
    public async Task Run_Seed_JoinsExactlyTheThirteenCutParagraphs()
    {
        var (document, diagnostics) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, string.Empty, new PageRepairStage());

        var joined = document.Blocks.OfType<Paragraph>()
            .Where(paragraph => paragraph.Content.Any(inline => inline is LineEnd { Kind: LineEndKind.Page }))
            .Select(paragraph => (paragraph.Span.FirstLine, paragraph.Span.LastLine))
            .ToList();
        Assert.Equal(SeedJoins, joined);
        Assert.Equal(13, diagnostics.Items.Count(item => item.Code == "pagerepair.paragraph-joined"));
        Assert.All(
            document.Blocks.OfType<Paragraph>().Where(paragraph => paragraph.Span.FirstLine != paragraph.Span.LastLine),
            paragraph => Assert.Equal(paragraph.Span.FirstLine, Assert.Single(paragraph.Content.OfType<LineEnd>()).Line));
    }

    [Fact]
    public async Task Run_Seed_KeepsTheParagraphsOnLines93And103Apart()
    {
        var (document, _) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, string.Empty, new PageRepairStage());

        Assert.Contains(document.Blocks, block => block is Paragraph && block.Span is { FirstLine: 93, LastLine: 93 });
        Assert.Contains(document.Blocks, block => block is Paragraph && block.Span is { FirstLine: 103, LastLine: 103 });
    }

    [Fact]
    public async Task Run_Seed_SeamsReadAsOneSentence()
    {
        var (document, _) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, string.Empty, new PageRepairStage());

        var text = string.Join("\n", document.Blocks.OfType<Paragraph>().Select(paragraph => ModelText.Plain(paragraph.Content)));
        Assert.Contains("of autonomy. Thus, “the Soviet bloc threatened to crumble.”", text, StringComparison.Ordinal);
        Assert.Contains("being during Gorbachev’s leadership). It was the point", text, StringComparison.Ordinal);
        Assert.Contains("an ample discussion on Khrushchev's so-called", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Seed_JoinsNoteFiftyWithItsContinuation()
    {
        var (document, diagnostics) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, string.Empty, new PageRepairStage());

        Assert.DoesNotContain(document.Blocks, block => block is FootnoteContinuation);
        var note = document.Blocks.OfType<FootnoteText>().Single(note => note.Label == "50");
        Assert.Equal(new SourceSpan(189, 199, 13), note.Span);
        var text = ModelText.Plain(note.Content);
        Assert.StartsWith("François Furet, The Passing of an Illusion", text, StringComparison.Ordinal);
        Assert.EndsWith("encompassed in Aron Raymond, Democracy and Totalitarianism: A Theory of Political Systems, (London: Weidenfeld and Nicolson, 1970).", text, StringComparison.Ordinal);
        Assert.Contains(note.Content, inline => inline is LineEnd { Kind: LineEndKind.Page, Line: 189 });
        Assert.Single(diagnostics.Items, item => item.Code == "pagerepair.note-continued");
    }

    [Theory]
    [InlineData(FurnitureLayout.Glued)]
    [InlineData(FurnitureLayout.OwnBlock)]
    public async Task Run_HardWrappedSeed_JoinsTheSameParagraphs(FurnitureLayout layout)
    {
        var variant = SeedVariants.HardWrap(SeedFiles.SeedText, new HardWrapOptions { Furniture = layout });
        var (original, _) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, string.Empty, new PageFurnitureStage(), new PageRepairStage());
        var (wrapped, diagnostics) = await StageRunner.ReadAndRunAsync(variant.Text, string.Empty, new PageFurnitureStage(), new PageRepairStage());

        Assert.Equal(13, diagnostics.Items.Count(item => item.Code == "pagerepair.paragraph-joined"));
        Assert.Equal(original.Blocks.Select(block => block.GetType()), wrapped.Blocks.Select(block => block.GetType()));
        Assert.Equal(
            original.Blocks.Select(block => ModelText.ContentOf(block).Count(inline => inline is LineEnd { Kind: LineEndKind.Page })),
            wrapped.Blocks.Select(block => ModelText.ContentOf(block).Count(inline => inline is LineEnd { Kind: LineEndKind.Page })));
    }

    [Fact]
    public async Task Run_ContinuationWithoutAnyEarlierNote_BecomesAParagraphWithWarning()
    {
        const string Text = "Body ends here.\n\n---\n\nstray continuation text\n\n<sup>1</sup> The note.\n\nNext page.";

        var (document, diagnostics) = await StageRunner.ReadAndRunAsync(Text, string.Empty, new PageRepairStage());

        Assert.Contains(document.Blocks, block => block is Paragraph paragraph && ModelText.Plain(paragraph.Content) == "stray continuation text");
        Assert.Contains(diagnostics.Items, item => item.Code == "pagerepair.continuation-without-note" && item.Line == 5);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(0, true)]
    public async Task Run_ParagraphItsReaderCarriedOverThePage_IsNotJoinedAgain(int seamPage, bool joined)
    {
        // A reader joined "as follows: ..." across the page break itself (a seam naming page 2), so it ends on page 2,
        // and page 2's next paragraph is no continuation of it, whatever its last characters say.
        Inline[] carried = seamPage > 0
            ? [new Text("The house, as follows: “three rooms"), new LineEnd(LineEndKind.Page, 1) { NextPage = seamPage }, new Text("and a cellar,... “")]
            : [new Text("The house, as follows: “three rooms and a cellar,... “")];
        var document = new Document
        {
            Id = "test",
            SourceDirectory = string.Empty,
            Blocks =
            [
                new Paragraph([.. carried], new SourceSpan(1, 2, 1)),
                new FootRule(new SourceSpan(3, 3, 1)),
                new FootnoteText("1", [new Text("A note.")], new SourceSpan(4, 4, 1)),
                new Paragraph([new Text("The building had served as a residence.")], new SourceSpan(5, 5, 2)),
            ],
        };
        var diagnostics = new Pipeline.Diagnostics.DiagnosticBag("test");

        var repaired = await new PageRepairStage().RunAsync(document, new Pipeline.Stages.StageContext(diagnostics, string.Empty), CancellationToken.None);

        Assert.Equal(joined ? 1 : 2, repaired.Blocks.OfType<Paragraph>().Count());
    }

    [Theory]
    [InlineData("It ends mid", "sentence here.", true)]
    [InlineData("It ends.", "A new one.", false)]
    [InlineData("It ends.”", "“A quote.", false)]
    [InlineData("It ends.", "“the quote goes on.", true)]
    [InlineData("Thus,", "“The Soviet", true)]
    [InlineData("A question?", "Then more.", false)]
    public void Continues_Evidence_DecidesTheJoin(string before, string after, bool expected) =>
        Assert.Equal(expected, SentenceEvidence.Continues(before, after));
}
