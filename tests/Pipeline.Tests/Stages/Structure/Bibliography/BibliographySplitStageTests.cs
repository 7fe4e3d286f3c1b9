using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Stages;
using Pipeline.Stages.Structure.Bibliography;

namespace Pipeline.Tests.Stages.Structure.Bibliography;

/// <summary>
/// Bibliographies as plain-text readers give them (hand-made): entries run together in one
/// paragraph, continuation lines as paragraphs of their own, entries run together on one line; the
/// stage gives one paragraph per entry under a heading, and never splits where the evidence is weak.
/// </summary>
public sealed class BibliographySplitStageTests
{
    private static int _line;

    /// <summary>A paragraph of source lines, with the soft line ends a plain-text reader leaves between them.</summary>
    private static Paragraph P(params string[] lines)
    {
        var first = ++_line;
        var content = ImmutableArray.CreateBuilder<Inline>();
        foreach (var line in lines)
        {
            if (content.Count > 0)
            {
                content.Add(new LineEnd(LineEndKind.Soft, _line++));
            }

            content.Add(new Text(line));
        }

        return new Paragraph(content.ToImmutable(), new SourceSpan(first, _line, 1));
    }

    private static async Task<(ImmutableArray<Block> Blocks, DiagnosticBag Diagnostics)> RunAsync(params Block[] blocks)
    {
        var diagnostics = new DiagnosticBag("bibliography");
        var document = new Document { Id = "bibliography", SourceDirectory = "", Blocks = [P("The essay's last paragraph, which ends the body of the text."), .. blocks] };
        var result = await new BibliographySplitStage().RunAsync(document, new StageContext(diagnostics, ""), CancellationToken.None);
        return (result.Blocks, diagnostics);
    }

    /// <summary>The first two words of each paragraph after the bibliography heading.</summary>
    private static string[] Entries(ImmutableArray<Block> blocks)
    {
        var head = blocks.ToList().FindIndex(block => block is Heading);
        Assert.True(head > 0, "no bibliography heading");
        return [.. blocks.Skip(head + 1).Select(block => string.Join(' ', PlainText.Of(((Paragraph)block).Content).Split(' ').Take(2)))];
    }

    private static string Words(IEnumerable<Block> blocks) =>
        string.Join(' ', blocks.SelectMany(block => PlainText.Of(block is Paragraph p ? p.Content : ((Heading)block).Content).Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    [Fact]
    public async Task EntriesRunTogether_AreSplitWhereAnAuthorHeadingFollowsAFullStop()
    {
        var (blocks, _) = await RunAsync(
            P("Bibliography"),
            P(
                "Hart, Maria Lopez. Homes of the Department: From the Tavern to the Hall. Boston: Beacon Press,",
                "1998.",
                "Lindqvist, Ann and Brandt, Peter. Harbour Towns of the North Sea, 1600–1800. Oslo, New York:",
                "Nordic University Press, 1987.",
                "Okafor, C. N. “Ledgers and Lives.” Journal of Accounts 4 (2001): 1–9.",
                "———. “More Ledgers.” Journal of Accounts 6 (2003): 11–19."));

        Assert.Equal(["Hart, Maria", "Lindqvist, Ann", "Okafor, C.", "———. “More"], Entries(blocks));
    }

    [Fact]
    public async Task ContinuationLinesAsParagraphs_JoinTheEntryAbove()
    {
        var before = new Block[]
        {
            P("Works Cited"),
            P("Hart, Maria Lopez. Homes of the Department: From the Tavern to the Hall, a History of Offices."),
            P("Armonk, New York: Beacon, 1998."),
            P("Okafor, C. N. “Ledgers and Lives.” Journal of Accounts and Eurasian Economic History"),
            P("and Trade 4 (2001): 1–9."),
        };
        var (blocks, _) = await RunAsync(before);

        Assert.Equal(["Hart, Maria", "Okafor, C."], Entries(blocks));
        Assert.Equal(Words(before), Words(blocks.Skip(1)));
    }

    [Fact]
    public async Task EntriesOnOneLine_AreSplitOnlyOnceTheEntryHasAYear()
    {
        var (blocks, _) = await RunAsync(
            P("References"),
            P("Brus, Adam. Ownership. London, 1975. Cohen, Stella. Rethinking. Oxford: Clarendon, 1986. Gati, Carl. Later. Deutscher, Ida. The Affair. London, 1955."));

        // "Gati, Carl. Later." has no year yet when "Deutscher, Ida." comes: the two stay one entry.
        Assert.Equal(["Brus, Adam.", "Cohen, Stella.", "Gati, Carl."], Entries(blocks));
    }

    [Fact]
    public async Task CorporateAuthor_OpensAnEntryOnlyAfterAShortLine()
    {
        var (blocks, diagnostics) = await RunAsync(
            P("Bibliography"),
            P(
                "Agricultural Extension Board. Annual Report of the Board for the Year 1931. Tallahassee: State",
                "Printing Office, 1931.",
                "Harbour Gazette (Portland, ME). “Ships in Port and the Trade of the Harbour at Portland.” 1911.",
                "Harbour Office. Notices to Mariners for the Year 1912, with a Chart of the Approaches. Portland."));

        Assert.Equal(["Agricultural Extension", "Harbour Gazette"], Entries(blocks));
        Assert.Contains(diagnostics.Items, d => d.Code == "structure.bibliography-line-kept");
    }

    [Fact]
    public async Task CorporateAuthor_OpensAnEntryAfterALineEndingInALink()
    {
        var (blocks, _) = await RunAsync(
            P("Bibliography"),
            P(
                "Harbour Gazette (Portland, ME). “Ships in Port and the Trade of the Harbour at Portland.” May 2, 1911.",
                "Harbour Archive. https://archive.example.org/records/harbour-gazette/1911-05-02/edition-1/page-4/pdf.",
                "The Harbour Office. Notices to Mariners for the Year 1912. Portland: Harbour Office, 1912.",
                "Harbour Gazette (Portland, ME). “Ships in Port and the Trade of the Harbour at Portland.” May 9, 1911.",
                "Harbour Archive. http://archive.example.org/records/harbour-gazette/1911-05-09/edition-1/page-",
                "Harbour Office Notes. 4/pdf."));

        // A link cut at its hyphen ends no entry: the line after it stays a continuation.
        Assert.Equal(["Harbour Gazette", "The Harbour", "Harbour Gazette"], Entries(blocks));
    }

    [Fact]
    public async Task CorporateAuthor_OpensAnEntryWhenItRepeatsTheHeadingAbove()
    {
        var (blocks, _) = await RunAsync(
            P("Bibliography"),
            P("Harbour Extension Board. Annual Report of the Board for the Year 1931, with the Statements of the Harbour Office. Portland: State Printing Office, 1931."),
            P("Harbour Extension Board. Annual Report of the Board for the Year 1932, with the Statements of the Harbour Office. Portland: State Printing Office, 1932."),
            P("Harbour Extension Service. Notices to Mariners for the Year 1933, with a Chart of the Approaches and of the Docks. Portland: State Printing Office, 1933."),
            P("Hart, Maria. Homes. Boston, 1998."));

        // Another body's name after a long line is no evidence: "Harbour Extension Service." stays with the entry above.
        Assert.Equal(["Harbour Extension", "Harbour Extension", "Hart, Maria."], Entries(blocks));
    }

    [Fact]
    public async Task ZoneEndsAtTheNextSection()
    {
        var (blocks, _) = await RunAsync(
            P("Sources"),
            P("Hart, Maria. Homes. Boston, 1998.", "Okafor, Chidi. Ledgers. Lagos, 2001."),
            P("Notes"),
            P("Kept as it is, with a line", "end inside it."));

        Assert.Equal(["Hart, Maria.", "Okafor, Chidi."], Entries(blocks[..^2]));
        Assert.Equal(2, ((Paragraph)blocks[^1]).Content.Count(inline => inline is Text));
    }

    [Fact]
    public async Task SectionNameOverProse_IsLeftAlone()
    {
        var (blocks, diagnostics) = await RunAsync(P("Sources"), P("The archive was lost in 1911.", "What survives is in private hands."));

        Assert.DoesNotContain(blocks, block => block is Heading);
        Assert.Contains(diagnostics.Items, d => d.Code == "structure.bibliography-not-taken");
    }
}
