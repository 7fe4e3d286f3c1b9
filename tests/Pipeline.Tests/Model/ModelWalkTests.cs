using Pipeline.Model;
using Pipeline.Stages.Citations;
using Pipeline.Tests.Stages.Citations;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Model;

/// <summary>The model's one query and one copy-on-change rewrite, on a hand-made nest and on the seed.</summary>
public sealed class ModelWalkTests
{
    private static readonly SourceSpan Line1 = new(1, 1, 1);
    private static readonly SourceSpan Line2 = new(2, 2, 1);

    /// <summary>A document where text sits at every kind of depth: a head, a styled link in a note, a caption, a field.</summary>
    private static Document Nest() => new()
    {
        Id = "nest",
        SourceDirectory = string.Empty,
        Blocks =
        [
            new Division(
                DivisionKind.Section,
                "s1",
                new Heading(1, [new Styled(TextStyle.Italic, [new Text("head")])], Line1),
                [
                    new Paragraph(
                        [
                            new Text("before"),
                            new Note("1", "n1", [new Paragraph([new Link("https://example.org/", [new Styled(TextStyle.Bold, [new Text("deep")])], false)], Line2)]),
                            new Text("after"),
                        ],
                        Line1),
                    new Figure("f1", "f1.png", [new Text("caption")], null, Line2),
                ],
                Line1),
            new Division(
                DivisionKind.Bibliography,
                "b",
                null,
                [new BibliographyEntry("bib1", [new BibField(BibFieldKind.Author, [new Text("author")]), new Text("rest")], null, Line2)],
                Line2),
        ],
    };

    [Fact]
    public void QueryFindsEveryInlineAtAnyDepthInReadingOrder()
    {
        var texts = ModelQuery.Inlines(Nest()).OfType<Text>().Select(t => t.Value);

        Assert.Equal(["head", "before", "deep", "after", "caption", "author", "rest"], texts);
    }

    [Fact]
    public void QueryFindsNotesBlocksAsBlocks()
    {
        var blocks = ModelQuery.Blocks(Nest()).Select(b => b.GetType().Name);

        Assert.Equal(["Division", "Heading", "Paragraph", "Paragraph", "Figure", "Division", "BibliographyEntry"], blocks);
    }

    [Fact]
    public void QueryReachesDepthsThatWouldOverflowARecursiveWalk()
    {
        Inline inline = new Text("bottom");
        for (var i = 0; i < 100_000; i++)
        {
            inline = new Styled(TextStyle.Italic, [inline]);
        }

        var found = ModelQuery.Inlines(ModelFactory.Paragraphs([inline])).Last();

        Assert.Equal(new Text("bottom"), found);
    }

    [Fact]
    public void RewriteThatChangesNothingReturnsTheSameDocument()
    {
        var document = Nest();

        Assert.Same(document, new TextMapper(_ => null).Rewrite(document));
    }

    [Fact]
    public void RewriteCopiesOnlyThePathToTheChangedNode()
    {
        var document = Nest();

        var rewritten = new TextMapper(value => value == "deep" ? "DEEP" : null).Rewrite(document);

        Assert.NotSame(document, rewritten);
        Assert.Equal(["head", "before", "DEEP", "after", "caption", "author", "rest"], ModelQuery.Inlines(rewritten).OfType<Text>().Select(t => t.Value));
        var section = (Division)document.Blocks[0];
        var newSection = (Division)rewritten.Blocks[0];
        Assert.NotSame(section, newSection);
        Assert.Same(section.Head, newSection.Head);
        Assert.Same(section.Content[1], newSection.Content[1]);
        Assert.Same(document.Blocks[1], rewritten.Blocks[1]);
        var paragraph = (Paragraph)section.Content[0];
        var newParagraph = (Paragraph)newSection.Content[0];
        Assert.NotSame(paragraph, newParagraph);
        Assert.Same(paragraph.Content[0], newParagraph.Content[0]);
        Assert.Same(paragraph.Content[2], newParagraph.Content[2]);
        Assert.NotSame(paragraph.Content[1], newParagraph.Content[1]);
    }

    [Fact]
    public void InlineHooksAreToldTheBlockThatHoldsThem()
    {
        var owners = new List<(string Text, int Line)>();
        new TextMapper(_ => null, (text, owner) => owners.Add((text, owner.Span.FirstLine))).Rewrite(Nest());

        // The head's text points to its division; the note's text to the note's own paragraph.
        Assert.Equal([("head", 1), ("before", 1), ("deep", 2), ("after", 1), ("caption", 2), ("author", 2), ("rest", 2)], owners);
    }

    [Fact]
    public async Task OnTheSeedTheQueryAndTheCitationWalkAgree()
    {
        var (input, outcome, _) = await RealSeed.RunAsync(SeedFiles.SeedText);

        var (notes, entries) = DocumentRewriter.NotesAndEntries(outcome.Document);

        Assert.NotEmpty(notes);
        Assert.Equal(ModelQuery.Inlines(outcome.Document).OfType<Note>(), notes);
        Assert.Equal(ModelQuery.Blocks(outcome.Document).OfType<BibliographyEntry>(), entries);
        // The report counts the notes' references; the appendices' source lines are references too, outside notes.
        Assert.Equal(outcome.Report.ReferencesFound, ModelQuery.Inlines([.. notes.Cast<Inline>()]).OfType<Reference>().Count());
        Assert.Equal(outcome.Report.ReferencesFound + 2, ModelQuery.Inlines(outcome.Document).OfType<Reference>().Count());
        Assert.Same(input, new TextMapper(_ => null).Rewrite(input));
    }

    /// <summary>Replaces the text of <see cref="Text"/> inlines where <c>map</c> gives a new value.</summary>
    private sealed class TextMapper(Func<string, string?> map, Action<string, Block>? seen = null) : ModelRewriter
    {
        protected override Inline RewriteInline(Inline inline, Block owner)
        {
            if (inline is Text text)
            {
                seen?.Invoke(text.Value, owner);
                return map(text.Value) is { } value ? new Text(value) : text;
            }

            return base.RewriteInline(inline, owner);
        }
    }
}
