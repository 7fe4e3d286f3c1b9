using Pipeline.Diagnostics;
using Pipeline.Reading.Glyphs;
using Pipeline.Reading.Pdf;
using Pipeline.Stages.Dehyphenation;
using Pipeline.Tests.Stages.Dehyphenation;

namespace Pipeline.Tests.Reading.Pdf;

/// <summary>Private-use glyphs (a font's own "Th", "fi" …) read from the words they stand in.</summary>
public sealed class PrivateGlyphsTests : IClassFixture<SystemWordList>
{
    private const char Glyph = '\uE053';
    private readonly HunspellWordList _words;

    public PrivateGlyphsTests(SystemWordList fixture) => _words = fixture.List;

    private static GlyphWord Inside(string word) => new(word, SentencePosition.Inside);

    private static GlyphWord Start(string word) => new(word, SentencePosition.Start);

    [Fact]
    public void Decide_LowerCaseWordsInsideSentences_ReadAsLowerCaseTh()
    {
        var words = new[] { Inside("\uE053e"), Inside("\uE053e"), Inside("\uE053at"), Inside("\uE053ey"), Inside("\uE053inking"), Inside("\uE053oreau") };

        var verdict = PrivateGlyphMeaning.Decide(Glyph, words, _words, GlyphEvidence.None);

        Assert.Equal("th", verdict.Letters);
        Assert.True(verdict.Hits >= 5, verdict.ToString());
    }

    [Fact]
    public void Decide_SentenceStartsAndNames_ReadAsCapitalTh()
    {
        var words = new[] { Start("\uE053e"), Start("\uE053ese"), Inside("\uE053omas"), Start("\uE053is"), Inside("\uE053e") };

        var verdict = PrivateGlyphMeaning.Decide(Glyph, words, _words, GlyphEvidence.None);

        Assert.Equal("Th", verdict.Letters);
        Assert.Equal(4, verdict.Hits);
    }

    [Fact]
    public void Decide_GlyphInsideWords_ReadAsTheLigatureTheWordsNeed()
    {
        var words = new[] { Inside("of\uE053ce"), Inside("\uE053rst"), Inside("de\uE053ned"), Inside("signi\uE053cant,"), Inside("(\uE053eld-work)") };

        Assert.Equal("fi", PrivateGlyphMeaning.Decide(Glyph, words, _words, GlyphEvidence.None).Letters);
    }

    [Fact]
    public void Decide_NoReadingMakesMostWordsWords_ReadsNothing()
    {
        var words = new[] { Inside("x\uE053q"), Inside("\uE053zz"), Inside("o\uE053ce") };

        var verdict = PrivateGlyphMeaning.Decide(Glyph, words, _words, GlyphEvidence.None);

        Assert.Null(verdict.Letters);
        Assert.Equal(3, verdict.Words);
    }

    [Fact]
    public void Decide_TwoReadingsMakeTheSameWords_ReadsNothing()
    {
        // "thing", "fling" and "sting": nothing tells the readings apart, so none is guessed.
        var verdict = PrivateGlyphMeaning.Decide(Glyph, [Inside("\uE053ing"), Inside("\uE053ing")], _words, GlyphEvidence.None);

        Assert.Null(verdict.Letters);
        Assert.Equal(verdict.Hits, verdict.RunnerUpHits);
    }

    [Fact]
    public void Decide_TieBetweenDictionaryWords_BrokenByTheDocumentsOwnWords()
    {
        // "the" and "fie" are both words; the document prints "the" elsewhere, never "fie".
        var words = new[] { Inside("\uE053e"), Inside("\uE053e") };

        Assert.Null(PrivateGlyphMeaning.Decide(Glyph, words, _words, GlyphEvidence.None).Letters);
        var evidence = new GlyphEvidence(new Dictionary<string, int>(), new HashSet<string> { "the", "of" });
        Assert.Equal("th", PrivateGlyphMeaning.Decide(Glyph, words, _words, evidence).Letters);
    }

    [Fact]
    public void Decide_ReadingTheFontSetsPlainly_IsNotTheGlyph()
    {
        // Titles ("The Correspondence") leave the case open; the font prints "th" with two glyphs everywhere, so its glyph is "Th".
        var words = new[] { new GlyphWord("\uE053e", SentencePosition.Unknown), new GlyphWord("\uE053e", SentencePosition.Unknown), new GlyphWord("\uE053e", SentencePosition.Unknown) };
        var evidence = new GlyphEvidence(new Dictionary<string, int> { ["th"] = 40 }, new HashSet<string> { "the" });

        Assert.Equal("Th", PrivateGlyphMeaning.Decide(Glyph, words, _words, evidence).Letters);
    }

    [Fact]
    public void Resolve_SameCodeInTwoFonts_EachFontReadFromItsOwnWords()
    {
        const char Shared = '\uE000';
        var pages = new List<PdfPageLayout>
        {
            Page(1, ("Serif", "In the of\uE000ce we de\uE000ned the \uE000rst signi\uE000cant rule.")),
            Page(2, ("Serif", "A \uE000eld of \uE000gures."), ("Caps", "Ends here. \uE000e end. \uE000ese rules. \uE000is one.")),
        };
        var diagnostics = new DiagnosticBag("doc");

        PrivateGlyphs.Resolve(pages, () => _words, diagnostics);

        var text = pages.SelectMany(p => p.Lines).Select(l => l.Text).ToList();
        Assert.Equal("In the office we defined the first significant rule.", text[0]);
        Assert.Equal("A field of figures.", text[1]);
        Assert.Equal("Ends here. The end. These rules. This one.", text[2]);
        Assert.DoesNotContain(text, t => t.Contains(Shared, StringComparison.Ordinal));
        Assert.Equal(2, diagnostics.Items.Count(d => d.Code == "pdf.private-glyph"));
    }

    [Fact]
    public void Resolve_UnreadableGlyph_KeptWithAWarningOnItsFirstLine()
    {
        var pages = new List<PdfPageLayout> { Page(1, ("Serif", "Plain words first."), ("Serif", "Then x\uE001q and \uE001zz.")) };
        var diagnostics = new DiagnosticBag("doc");

        PrivateGlyphs.Resolve(pages, () => _words, diagnostics);

        Assert.Equal("Then x\uE001q and \uE001zz.", pages[0].Lines.Last().Text);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == "pdf.private-glyph-unread");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(2, warning.Line);
        Assert.DoesNotContain('\uFFFD', pages[0].Lines.Last().Text);
    }

    [Fact]
    public void Resolve_NoPrivateGlyphs_AsksNoDictionary()
    {
        var pages = new List<PdfPageLayout> { Page(1, ("Serif", "Plain words.")) };

        PrivateGlyphs.Resolve(pages, () => throw new InvalidOperationException("not needed"), new DiagnosticBag("doc"));

        Assert.Equal("Plain words.", pages[0].Lines.Single().Text);
    }

    private static PdfPageLayout Page(int number, params (string Font, string Text)[] lines)
    {
        var column = new List<PdfLine>();
        var baseline = 700.0;
        foreach (var (font, text) in lines)
        {
            var glyphs = text.Select((c, i) => new PdfGlyph(c.ToString(), 72 + (i * 5), 76 + (i * 5), baseline, 10, FontFace.Regular, false, null) { Font = font }).ToList();
            column.Add(new PdfLine(glyphs, number) { Number = column.Count + 1 + ((number - 1) * 10) });
            baseline -= 12;
        }

        return new PdfPageLayout(number, 612, 792, [column], []);
    }
}
