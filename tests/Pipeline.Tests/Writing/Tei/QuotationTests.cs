using System.Xml.Linq;
using Pipeline.Model;
using Pipeline.Tests.Conversion;
using Pipeline.Tests.Stages.Structure;
using Pipeline.Tests.Validation;

namespace Pipeline.Tests.Writing.Tei;

/// <summary>
/// Block quotations marked by <c>&gt;</c> in a hand-made scrape: read as quotations, written as TEI
/// <c>quote</c> between paragraphs, their call-outs given their notes and the notes' citations resolved.
/// </summary>
public sealed class QuotationTests
{
    private static readonly XNamespace Tei = MarkdownConversion.Tei;

    private const string Scrape = """
        ## The Harbour Ledgers of Portland

        Maria Lopez Hart

        The harbour master kept a ledger of small things, and wrote to the board about it.<sup>1</sup> He put it plainly:

        > The quays are fallen into such disrepair that no vessel of burden may lie
        > alongside them without hazard to her timbers.<sup>2</sup>
        >
        > I beg the board to consider the matter before the winter.

        The board did not answer until the spring.

        ---

        <sup>1</sup> Anna Lind, *Harbours of the North* (Portland: Quay Press, 1990), 12.

        <sup>2</sup> Ibid., 14.
        """;

    [Fact]
    public async Task QuotedLines_AreQuotesBetweenTheParagraphsWithTheirNotes()
    {
        var (_, body) = await MarkdownConversion.ConvertAsync("quotation", Scrape);

        var quotes = body.Descendants(Tei + "quote").ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, quote => Assert.NotEqual(Tei + "p", quote.Parent!.Name));
        Assert.StartsWith("The quays are fallen", quotes[0].Value, StringComparison.Ordinal);
        Assert.Equal("I beg the board to consider the matter before the winter.", quotes[1].Value.Trim());
        var note = Assert.Single(quotes[0].Elements(Tei + "note"));
        Assert.Equal("2", (string?)note.Attribute("n"));
        var bibl = Assert.Single(note.Descendants(Tei + "bibl"));
        Assert.NotNull(bibl.Attribute("sameAs") ?? bibl.Attribute("corresp"));
        // Every quoted word once: none left in the paragraphs around the quotation.
        var paragraphs = string.Join(" ", body.Elements(Tei + "p").Select(p => p.Value));
        Assert.DoesNotContain("quays", paragraphs, StringComparison.Ordinal);
        Assert.Contains("He put it plainly:", paragraphs, StringComparison.Ordinal);
        Assert.Contains("The board did not answer", paragraphs, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task QuotedLines_AreValidAgainstTeiAll()
    {
        var missing = Jing.MissingReason();
        Skip.If(missing is not null, missing);
        var (tei, _) = await MarkdownConversion.ConvertAsync("quotation", Scrape);
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "quotation.xml");
        await File.WriteAllBytesAsync(path, tei);

        var (exitCode, output) = await Jing.ValidateAsync(path);

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void TheWalkReachesAQuotationsNotesAndRewritesOnlyIt()
    {
        var span = new SourceSpan(1, 1, 1);
        var quotation = new Quotation([new Text("quoted"), new Note("1", "n1", [new Paragraph([new Text("noted")], span)])], span);
        var document = new Document { Id = "q", SourceDirectory = "", Blocks = [new Paragraph([new Text("before")], span), quotation] };

        Assert.Equal(["before", "quoted", "noted"], ModelQuery.Inlines(document).OfType<Text>().Select(t => t.Value));
        Assert.Contains(ModelQuery.Blocks(document), block => block is Quotation);
        var rewritten = new Upper().Rewrite(document);
        Assert.Same(document.Blocks[0], rewritten.Blocks[0]);
        Assert.Equal(["before", "QUOTED", "NOTED"], ModelQuery.Inlines(rewritten).OfType<Text>().Select(t => t.Value));
    }

    private sealed class Upper : ModelRewriter
    {
        protected override Inline RewriteLeaf(Inline leaf, Block owner) =>
            leaf is Text { Value: not "before" } text ? new Text(text.Value.ToUpperInvariant()) : leaf;
    }
}
