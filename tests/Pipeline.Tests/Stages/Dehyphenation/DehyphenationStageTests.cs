using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading.Layout;
using Pipeline.Stages;
using Pipeline.Stages.Dehyphenation;
using static Pipeline.Tests.Stages.Dehyphenation.InlineRendering;

namespace Pipeline.Tests.Stages.Dehyphenation;

public sealed class DehyphenationStageTests : IClassFixture<SystemWordList>
{
    private readonly HunspellWordList _words;

    public DehyphenationStageTests(SystemWordList fixture) => _words = fixture.List;

    private static LineEnd Soft => new(LineEndKind.Soft, 1);

    [Fact]
    public async Task RunAsync_SyllableBreak_JoinsWithoutHyphen()
    {
        var content = await ResolveAsync(new Text("a process char-"), Soft, new Text("acterised by fragility"));
        AssertInlines([new Text("a process characterised by fragility")], content);
    }

    [Fact]
    public async Task RunAsync_CompoundAtLineEnd_KeepsHyphenWithoutSpace()
    {
        var content = await ResolveAsync(
            new Text("the de-"), Soft, new Text("Stalinisation of ninety-"), Soft, new Text("five Marxist-"),
            new LineEnd(LineEndKind.Page, 9), new Text("Leninist cadres"));
        AssertInlines([new Text("the de-Stalinisation of ninety-five Marxist-Leninist cadres")], content);
    }

    [Fact]
    public async Task RunAsync_PlainLineEnd_BecomesOneSpace()
    {
        var content = await ResolveAsync(new Text("the Soviet"), Soft, new Text("Union and the"), new LineEnd(LineEndKind.Page, 4), new Text("Party"));
        AssertInlines([new Text("the Soviet Union and the Party")], content);
    }

    [Fact]
    public async Task RunAsync_HardLineEnd_Stays()
    {
        var content = await ResolveAsync(new Text("first line"), new LineEnd(LineEndKind.Hard, 3), new Text("second"));
        AssertInlines([new Text("first line"), new LineEnd(LineEndKind.Hard, 3), new Text("second")], content);
    }

    [Fact]
    public async Task RunAsync_FragmentInsideItalic_JoinsAcrossNodes()
    {
        var content = await ResolveAsync(
            new Text("an "), new Styled(TextStyle.Italic, [new Text("ad homi-")]), Soft, new Styled(TextStyle.Italic, [new Text("nem")]),
            new Text(" attack, a charac-"), Soft, new Styled(TextStyle.Italic, [new Text("terised")]), new Text(" view"));
        AssertInlines([
                new Text("an "), new Styled(TextStyle.Italic, [new Text("ad homi")]), new Styled(TextStyle.Italic, [new Text("nem")]),
                new Text(" attack, a charac"), new Styled(TextStyle.Italic, [new Text("terised")]), new Text(" view"),
            ],
            content);
    }

    [Fact]
    public async Task RunAsync_CompoundSplitIntoStyledContinuation_KeepsHyphen()
    {
        var content = await ResolveAsync(
            new Styled(TextStyle.Italic, [new Text("The Dilemmas of De-"), Soft, new Text("Stalinisation")]), new Text(", 3."));
        AssertInlines([new Styled(TextStyle.Italic, [new Text("The Dilemmas of De-Stalinisation")]), new Text(", 3.")], content);
    }

    [Fact]
    public async Task RunAsync_BlanksAroundLineEnd_NoDoubleSpaceAndNoBlankInJoinedWord()
    {
        var content = await ResolveAsync(new Text("the "), Soft, new Text("Party ap- "), Soft, new Text(" paratus of "), Soft, new Text("  the state"));
        AssertInlines([new Text("the Party apparatus of the state")], content);
    }

    [Fact]
    public async Task RunAsync_BareHyphenUsedAsDash_BecomesSpace()
    {
        var content = await ResolveAsync(new Text("one step -"), Soft, new Text("or sometimes three"));
        AssertInlines([new Text("one step - or sometimes three")], content);
    }

    [Fact]
    public async Task RunAsync_NumberRangeCutAfterDashOrHyphen_JoinsWithoutSpace()
    {
        var content = await ResolveAsync(new Text("pp. 173–"), Soft, new Text("202 and 1953-"), Soft, new Text("56; a step –"), Soft, new Text("back"));
        AssertInlines([new Text("pp. 173–202 and 1953-56; a step – back")], content);
    }

    [Fact]
    public async Task RunAsync_TypedDoubleHyphenOrClosedEmDash_IsADashNotAHyphenatedWord()
    {
        var content = await ResolveAsync(new Text("the Party--"), Soft, new Text("and Stalin—"), Soft, new Text("until 1956"));
        AssertInlines([new Text("the Party-- and Stalin—until 1956")], content);
    }

    [Fact]
    public async Task RunAsync_SoftHyphenAndUnicodeHyphen_HandledLikeAsciiHyphen()
    {
        var content = await ResolveAsync(
            new Text("was charac\u00AD"), Soft, new Text("terised by Marxist\u2010"), Soft, new Text("Leninist and Febru\u2010"), Soft, new Text("ary"));
        AssertInlines([new Text("was characterised by Marxist\u2010Leninist and February")], content);
    }

    [Fact]
    public async Task RunAsync_LineEndNextToNoteCall_BecomesSpaceAndKeepsCall()
    {
        var content = await ResolveAsync(new Text("Sovietologists,"), new NoteCall("1", 7), Soft, new Text("providing"));
        AssertInlines([new Text("Sovietologists,"), new NoteCall("1", 7), new Text(" providing")], content);
    }

    [Fact]
    public async Task RunAsync_AddressBrokenAtItsHyphen_KeepsHyphen()
    {
        var content = await ResolveAsync(
            new Link("https://www.nytimes.com/khrushchev-talk-on-stalin.html", [new Text("https://www.nytimes.com/khrushchev-talk-on-")], true),
            Soft,
            new Link("https://www.nytimes.com/khrushchev-talk-on-stalin.html", [new Text("stalin.html")], true));
        AssertInlines(
            [
                new Link("https://www.nytimes.com/khrushchev-talk-on-stalin.html", [new Text("https://www.nytimes.com/khrushchev-talk-on-")], true),
                new Link("https://www.nytimes.com/khrushchev-talk-on-stalin.html", [new Text("stalin.html")], true),
            ],
            content);
    }

    [Fact]
    public async Task RunAsync_EmptyLineAndEdgeLineEnds_NoDoubleOrEdgeSpaces()
    {
        var content = await ResolveAsync(Soft, new Text("first"), Soft, new LineEnd(LineEndKind.Page, 2), new Text("second"), Soft);
        AssertInlines([new Text("first second")], content);
    }

    [Fact]
    public async Task RunAsync_RunTwice_SecondRunChangesNothing()
    {
        var once = await RunAsync(Wrap(new Text("a char-"), Soft, new Text("acterised de-"), Soft, new Text("Stalinisation")), _words);
        var twice = await RunAsync(once, _words);
        AssertInlines(((Paragraph)once.Blocks[0]).Content, ((Paragraph)twice.Blocks[0]).Content);
        Assert.Single(twice.Metadata.Editorial);
    }

    [Fact]
    public async Task RunAsync_RandomWrappedSequences_LoseNoCharacterButRemovedHyphens()
    {
        var random = new Random(20261126);
        string[] pieces = ["char-", "acterised", "de-", "Stalinisation", " ", "  ", "–", "-", "1953-", "56", "\u00AD", "word", "Febru-", "ary", ",", "’s", "Marxist\u2010", "x"];
        for (var run = 0; run < 400; run++)
        {
            var content = new List<Inline>();
            for (var i = random.Next(1, 12); i > 0; i--)
            {
                Inline piece = random.Next(4) switch
                {
                    0 => new LineEnd((LineEndKind)random.Next(3), i),
                    1 => new Styled(TextStyle.Italic, [new Text(pieces[random.Next(pieces.Length)]), new LineEnd(LineEndKind.Soft, i)]),
                    _ => new Text(pieces[random.Next(pieces.Length)]),
                };
                content.Add(piece);
            }

            var input = PlainText(content);
            var output = PlainText(await ResolveAsync([.. content]));
            var hard = content.Count(c => c is LineEnd { Kind: LineEndKind.Hard });
            Assert.Equal(hard, output.Count(c => c == '\n'));
            AssertOnlyHyphensRemoved(Squeeze(input), Squeeze(output));
        }
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static void AssertOnlyHyphensRemoved(string input, string output)
    {
        var j = 0;
        foreach (var c in input)
        {
            if (j < output.Length && output[j] == c)
            {
                j++;
            }
            else
            {
                Assert.True(c is '-' or '\u00AD' or '\u2010', $"'{c}' lost: {input} -> {output}");
            }
        }

        Assert.Equal(output.Length, j);
    }

    [Fact]
    public async Task RunAsync_EveryKindOfBlock_IsResolved()
    {
        ImmutableArray<Inline> Wrapped() => [new Text("Febru-"), Soft, new Text("ary")];
        var note = new Note("1", "n1", [new FootnoteText("1", Wrapped(), SourceSpan.None)]);
        var document = new Document
        {
            Id = "blocks",
            SourceDirectory = "/tmp",
            Metadata = new DocumentMetadata { Title = Wrapped(), Abstract = [new Paragraph(Wrapped(), SourceSpan.None)] },
            Blocks =
            [
                new Heading(2, Wrapped(), SourceSpan.None),
                new Paragraph([new Text("see"), note, new Text(" "), .. Wrapped()], SourceSpan.None),
                new ListItem(Wrapped(), SourceSpan.None),
                new FootnoteText("2", Wrapped(), SourceSpan.None),
                new FootnoteContinuation(Wrapped(), SourceSpan.None),
                new Division(DivisionKind.Appendix, "app1", new Heading(1, Wrapped(), SourceSpan.None),
                    [new Paragraph([new Link("http://x", [new BibField(BibFieldKind.Date, Wrapped())], false)], SourceSpan.None)], SourceSpan.None),
                new Figure("fig1", "a.jpg", Wrapped(), null, SourceSpan.None),
                new BibliographyEntry("b1", [new Reference(new(), [new CrossReference("app1", Wrapped())])], null, SourceSpan.None),
            ],
        };

        var result = await RunAsync(document, _words);

        var all = AllTexts(result);
        Assert.Equal(12, all.Count(t => t.Contains("February", StringComparison.Ordinal)));
        Assert.DoesNotContain(all, t => t.Contains("Febru-", StringComparison.Ordinal));
        Assert.Equal(0, CountLineEnds(result));
    }

    [Fact]
    public async Task RunAsync_DocumentWithLineEndHyphen_AddsHyphenationEditorialNote()
    {
        var (document, bag) = await RunWithBagAsync([new Text("char-"), Soft, new Text("acterised")], _words);
        var note = Assert.Single(document.Metadata.Editorial);
        Assert.Equal(EditorialKind.Hyphenation, note.Kind);
        Assert.Contains("hyphenation", note.Description, StringComparison.OrdinalIgnoreCase);
        var summary = Assert.Single(bag.Items, d => d.Code == DehyphenationCodes.Summary);
        Assert.Contains("1 ended in a hyphen (1 joined, 0 kept", summary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HyphenDecidedByBuiltInRuleOnly_ReportedWithItsLine()
    {
        var (_, bag) = await RunWithBagAsync([new Text("the town of Stal-"), new LineEnd(LineEndKind.Soft, 42), new Text("inogorsk and char-"), Soft, new Text("acterised")], _words);
        var uncertain = Assert.Single(bag.Items, d => d.Code == DehyphenationCodes.Uncertain);
        Assert.Equal(42, uncertain.Line);
        Assert.Equal(Severity.Info, uncertain.Severity);
        Assert.Contains("\"Stalinogorsk\"", uncertain.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoLineEndHyphen_DeclaresThatTheSourceHadNone()
    {
        var (document, _) = await RunWithBagAsync([new Text("plain"), Soft, new Text("text")], _words);
        var note = Assert.Single(document.Metadata.Editorial);
        Assert.Equal(EditorialKind.Hyphenation, note.Kind);
        Assert.Contains("no end-of-line hyphenation", note.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DictionaryMissing_WarnsOnceAndStillJoinsByEvidence()
    {
        var stage = new DehyphenationStage(new DehyphenationOptions { DictionaryDirectory = "/nonexistent" });
        var bag = new DiagnosticBag("nodict");
        var document = Wrap(
            new Text("characterised by fragility; a process char-"), Soft, new Text("acterised by the de-"), Soft,
            new Text("Stalinisation and ninety-"), Soft, new Text("five steps"));
        var result = await stage.RunAsync(document, new StageContext(bag, []), CancellationToken.None);

        var warning = Assert.Single(bag.Items, d => d.Severity == Severity.Warning);
        Assert.Equal(DehyphenationCodes.DictionaryMissing, warning.Code);
        AssertInlines([new Text("characterised by fragility; a process characterised by the de-Stalinisation and ninety-five steps")],
            ((Paragraph)result.Blocks[0]).Content);
    }

    [Fact]
    public async Task RunAsync_DocumentsStartedWhileTheDictionariesOpen_AllWaitForThemAndUseThem()
    {
        // The stage opens its dictionaries in the background as it is built; documents that reach it
        // before they are open wait for them (no missing-dictionary warning) and are joined by them:
        // "char-" + "acterised" has no support in the document's own words.
        var stage = new DehyphenationStage(new DehyphenationOptions());
        var runs = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            var bag = new DiagnosticBag($"doc-{i}");
            var result = await stage.RunAsync(Wrap(new Text("a process char-"), Soft, new Text("acterised by fragility")), new StageContext(bag, []), CancellationToken.None);
            return (Result: result, Bag: bag);
        })).ToArray();

        foreach (var (result, bag) in await Task.WhenAll(runs))
        {
            Assert.DoesNotContain(bag.Items, d => d.Code == DehyphenationCodes.DictionaryMissing);
            AssertInlines([new Text("a process characterised by fragility")], ((Paragraph)result.Blocks[0]).Content);
        }
    }

    [Fact]
    public async Task RunAsync_Cancelled_WhileWaitingForTheDictionaries_Throws()
    {
        var stage = new DehyphenationStage(new DehyphenationOptions());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await stage.RunAsync(Wrap(new Text("plain")), new StageContext(new DiagnosticBag("c"), []), cancelled.Token));
    }

    internal static Document Wrap(params Inline[] content) =>
        new() { Id = "test", SourceDirectory = "/tmp", Blocks = [new Paragraph([.. content], SourceSpan.None)] };

    private async Task<ImmutableArray<Inline>> ResolveAsync(params Inline[] content)
    {
        var result = await RunAsync(Wrap(content), _words);
        return ((Paragraph)result.Blocks[0]).Content;
    }

    private static async Task<Document> RunAsync(Document document, IWordList? words) =>
        await new DehyphenationStage(words).RunAsync(document, new StageContext(new DiagnosticBag(document.Id), []), CancellationToken.None);

    private static async Task<(Document Document, DiagnosticBag Bag)> RunWithBagAsync(Inline[] content, IWordList? words)
    {
        var bag = new DiagnosticBag("test");
        var result = await new DehyphenationStage(words).RunAsync(Wrap(content), new StageContext(bag, []), CancellationToken.None);
        return (result, bag);
    }

    private static List<string> AllTexts(Document document)
    {
        var texts = new List<string>();
        void Visit(IEnumerable<Inline> inlines)
        {
            foreach (var inline in inlines)
            {
                switch (inline)
                {
                    case Text t: texts.Add(t.Value); break;
                    case Styled s: Visit(s.Content); break;
                    case Link l: Visit(l.Content); break;
                    case BibField f: Visit(f.Content); break;
                    case CrossReference c: Visit(c.Content); break;
                    case Reference r: Visit(r.Content); break;
                    case Note n: VisitBlocks(n.Content); break;
                    default: break;
                }
            }
        }

        void VisitBlocks(IEnumerable<Block> blocks)
        {
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case Paragraph p: Visit(p.Content); break;
                    case Heading h: Visit(h.Content); break;
                    case ListItem l: Visit(l.Content); break;
                    case FootnoteText f: Visit(f.Content); break;
                    case FootnoteContinuation c: Visit(c.Content); break;
                    case Division d: VisitBlocks(d.Head is null ? d.Content : [d.Head, .. d.Content]); break;
                    case Figure f: Visit(f.Caption); break;
                    case BibliographyEntry b: Visit(b.Content); break;
                    default: break;
                }
            }
        }

        Visit(document.Metadata.Title);
        VisitBlocks(document.Metadata.Abstract);
        VisitBlocks(document.Blocks);
        return texts;
    }

    private static int CountLineEnds(Document document) =>
        document.ToString().Split("LineEnd", StringSplitOptions.None).Length - 1;
}
