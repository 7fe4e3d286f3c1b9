using Pipeline.Model;
using Pipeline.Reading.Layout;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading;

public class ScrapedTextReaderSeedTests
{
    [Fact]
    public void Read_Seed_FindsSixteenPagesWithFifteenRules()
    {
        var (document, _) = StageRunner.Read(SeedFiles.SeedText);

        Assert.Equal(16, document.Blocks.Max(block => block.Span.Page));
        Assert.Equal(15, document.Blocks.OfType<FootRule>().Count());
        Assert.Equal(Enumerable.Range(1, 16), document.Blocks.Select(block => block.Span.Page).Distinct());
    }

    [Fact]
    public void Read_Seed_FindsEveryFootnoteAndTheOneContinuation()
    {
        var (document, diagnostics) = StageRunner.Read(SeedFiles.SeedText);

        var notes = document.Blocks.OfType<FootnoteText>().ToList();
        Assert.Equal(Enumerable.Range(1, 55).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), notes.Select(note => note.Label));
        var continuation = Assert.Single(document.Blocks.OfType<FootnoteContinuation>());
        Assert.Equal(199, continuation.Span.FirstLine);
        Assert.Equal(14, continuation.Span.Page);
        Assert.StartsWith("Raymond, Democracy and Totalitarianism", ModelText.Plain(continuation.Content), StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics.Items, item => item.Severity != Pipeline.Diagnostics.Severity.Info);
    }

    [Fact]
    public void Read_Seed_FootnoteContentStartsAfterItsNumber()
    {
        var (document, _) = StageRunner.Read(SeedFiles.SeedText);

        var first = document.Blocks.OfType<FootnoteText>().First();
        Assert.Equal(new SourceSpan(13, 13, 1), first.Span);
        Assert.StartsWith("Polly Jones, The Dilemmas", ModelText.Plain(first.Content), StringComparison.Ordinal);
        Assert.IsType<Styled>(first.Content[1]);
    }

    [Fact]
    public void Read_Seed_EveryCallOutIsANoteCallOnItsLine()
    {
        var (document, _) = StageRunner.Read(SeedFiles.SeedText);

        var calls = document.Blocks.Where(block => block is not FootnoteText)
            .SelectMany(block => ModelText.AllInlines(ModelText.ContentOf(block)))
            .OfType<NoteCall>()
            .ToList();
        Assert.Equal(55, calls.Count);
        Assert.Equal(Enumerable.Range(1, 55).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), calls.Select(call => call.Label));
        var lineFifteen = calls.Where(call => call.Line == 15).Select(call => call.Label);
        Assert.Equal(["2", "3", "4"], lineFifteen);
    }

    [Fact]
    public void Read_Seed_MapsEmphasisAndAutolinks()
    {
        var (document, _) = StageRunner.Read(SeedFiles.SeedText);

        var abstractParagraph = Assert.IsType<Paragraph>(document.Blocks[2]);
        var label = Assert.IsType<Styled>(abstractParagraph.Content[0]);
        Assert.Equal(TextStyle.Bold, label.Style);
        Assert.Equal("Abstract:", ModelText.Plain(label.Content));

        var note3 = document.Blocks.OfType<FootnoteText>().Single(note => note.Label == "3");
        var link = Assert.IsType<Link>(note3.Content[^1]);
        Assert.True(link.IsBare);
        Assert.Equal("https://archive.org/details/OnOvercomingCultIndividual/mode/1up", link.Target);
        Assert.Contains(note3.Content, inline => inline is Styled { Style: TextStyle.Italic });
    }

    [Fact]
    public void Read_Seed_ListItemKeepsItsHardBrokenUrlLine()
    {
        var (document, _) = StageRunner.Read(SeedFiles.SeedText);

        var items = document.Blocks.OfType<ListItem>().ToList();
        Assert.Equal(33, items.Count);
        var first = items[0];
        Assert.Equal(new SourceSpan(253, 254, 16), first.Span);
        Assert.Contains(first.Content, inline => inline is LineEnd { Kind: LineEndKind.Hard, Line: 253 });
        Assert.IsType<Link>(first.Content[^1]);
        var getty = items.Single(item => item.Span.FirstLine == 270);
        Assert.Equal(271, getty.Span.LastLine);
        Assert.Equal("Zubkova, Elena.", ModelText.Plain(((Paragraph)document.Blocks[^1]).Content)[..15]);
    }

    [Fact]
    public void Read_Seed_SpansCoverTheSourceInOrder()
    {
        var (document, _) = StageRunner.Read(SeedFiles.SeedText);
        var lines = SeedVariants.Lines(SeedFiles.SeedText);

        var previous = 0;
        foreach (var block in document.Blocks)
        {
            Assert.True(block.Span.FirstLine > previous, $"block at {block.Span} out of order");
            Assert.True(block.Span.LastLine >= block.Span.FirstLine);
            Assert.False(string.IsNullOrWhiteSpace(lines[block.Span.FirstLine - 1]));
            previous = block.Span.LastLine;
        }

        Assert.Equal(291, document.Blocks[^1].Span.LastLine);
    }

    [Fact]
    public void Read_SeedWithCrlf_GivesTheSameModel()
    {
        var (lf, _) = StageRunner.Read(SeedFiles.SeedText);
        var (crlf, _) = StageRunner.Read(SeedVariants.WithCrlf(SeedFiles.SeedText));
        var (cr, _) = StageRunner.Read(SeedFiles.SeedText.Replace("\n", "\r", StringComparison.Ordinal));

        Assert.Equal(lf.Blocks.Length, crlf.Blocks.Length);
        Assert.Equal(ModelText.ModelWords(lf), ModelText.ModelWords(crlf));
        Assert.Equal(lf.Blocks.Select(block => block.Span), crlf.Blocks.Select(block => block.Span));
        Assert.Equal(lf.Blocks.Select(block => block.Span), cr.Blocks.Select(block => block.Span));
    }

    [Fact]
    public void Read_HardWrappedSeed_FindsTheSamePagesAndNotes()
    {
        var variant = SeedVariants.HardWrap(SeedFiles.SeedText, new HardWrapOptions { Furniture = FurnitureLayout.None });
        var (original, _) = StageRunner.Read(SeedFiles.SeedText);
        var (wrapped, diagnostics) = StageRunner.Read(variant.Text);

        Assert.Equal(original.Blocks.Select(block => block.GetType()), wrapped.Blocks.Select(block => block.GetType()));
        Assert.Equal(original.Blocks.Select(block => block.Span.Page), wrapped.Blocks.Select(block => block.Span.Page));
        Assert.Equal(
            original.Blocks.OfType<FootnoteText>().Select(note => note.Label),
            wrapped.Blocks.OfType<FootnoteText>().Select(note => note.Label));
        Assert.Contains(wrapped.Blocks, block => ModelText.ContentOf(block).Any(inline => inline is LineEnd { Kind: LineEndKind.Soft }));
        Assert.DoesNotContain(diagnostics.Items, item => item.Severity != Pipeline.Diagnostics.Severity.Info);
    }
}
