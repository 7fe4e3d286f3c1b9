namespace Pipeline.Tests.Stages.Citations;

/// <summary>
/// The short-form and ibid resolver, as tables of hand-made essays: which earlier note an ibid or
/// short form is resolved to when there is no bibliography (the note its <c>sameAs</c> reaches), and
/// when it must stay unresolved because the work is not certain.
/// </summary>
public sealed class ReferenceResolverSpecTests
{
    private const string Keller = "Anna Keller, *Rivers of Salt* (London: Harbour Press, 1998), 4.";
    private const string KellerOther = "Anna Keller, *The Tide Mills of Kent* (Leeds: Quay Books, 2004), 9.";
    private const string Moreau = "Luc Moreau, *Famine Ships* (Paris: Éditions du Port, 1987), 33.";
    private const string Ruiz = "Ann Ruiz, “Salt Roads,” *The Historical Journal* 41.3 (Autumn 1998): 85–112.";
    private const string Discursive = "The harbour was rebuilt twice before the war.";

    [Theory]
    // Ibid follows the last reference of the note before, in every spelling.
    [InlineData(new[] { Keller, "Ibid." }, 2, "1")]
    [InlineData(new[] { Keller, "Ibid., 12." }, 2, "1")]
    [InlineData(new[] { Keller, "*Ibid.,* 12." }, 2, "1")]
    [InlineData(new[] { Keller, "Id., 45." }, 2, "1")]
    [InlineData(new[] { Keller, "The mills stood idle (ibid., p. 13.)" }, 2, "1")]
    [InlineData(new[] { Keller, Moreau, "Ibid., 40." }, 3, "2")]
    // An ibid after an ibid reaches the full reference.
    [InlineData(new[] { Keller, "Ibid., 5.", "Ibid., 6." }, 3, "1")]
    // Author-only and op. cit. short forms.
    [InlineData(new[] { Keller, Moreau, "Keller, 25." }, 3, "1")]
    [InlineData(new[] { Keller, Moreau, "Moreau, op. cit., p. 59." }, 3, "2")]
    [InlineData(new[] { Keller, KellerOther, "Keller, *op. cit.,* 3." }, 3, "2")]
    // Short titles: the title's first words, words inside it, a quoted article title.
    [InlineData(new[] { Keller, Moreau, "Keller, *Rivers*, 7." }, 3, "1")]
    [InlineData(new[] { KellerOther, "Keller, *Tide Mills*, 10." }, 2, "1")]
    [InlineData(new[] { Ruiz, Keller, "Ruiz, “Salt Roads,” 90." }, 3, "1")]
    [InlineData(new[] { Keller, Discursive, Moreau, "*Famine Ships*, chapter 2." }, 4, "3")]
    // A short form announced by the note that cites the work in full.
    [InlineData(new[] { "*Records of the Harbour Board, 1774-1789* (Washington, 1904-1937), VII, 274. [Hereafter cited as *Records*.]", "*Records,* III, 2." }, 2, "1")]
    // The announced short form in the singular, when nothing closer fits.
    [InlineData(new[] { "*Records of the Harbour Board, 1774-1789* (Washington, 1904-1937), VII, 274. [Hereafter cited as *Records*.]", Moreau, "*Record,* III, 2." }, 3, "1")]
    [InlineData(new[] { "Edwin Jay, introduction to *A Narrative of the Captivity of John Tanner* (New York: Carvill, 1830), 5. Hereafter cited as Tanner, *Narrative*.", Keller, "Tanner, *Narrative*, 27." }, 3, "1")]
    // The same, in plain text as extractors give it: the announcement names the plain title in the prose.
    [InlineData(new[] { "The board was renamed the “Harbour Trust,” Records of the Harbour Board, 1774-1789 (Washington, 1904-1937), VII, 274. [Hereafter cited as Records.]", Moreau, "Records, III, 2." }, 3, "1")]
    [InlineData(new[] { "The board was renamed the “Harbour Trust,” Records of the Harbour Board, 1774-1789 (Washington, 1904-1937), VII, 274. [Hereafter cited as Records.]", "Record, I, 13." }, 2, "1")]
    [InlineData(new[] { "Edwin Jay, introduction to A Narrative of the Captivity of John Tanner (New York: Carvill, 1830), 5. Hereafter John Tanner's Narrative will be cited as Tanner, Narrative.", Keller, "Tanner, Narrative, 27." }, 3, "1")]
    // Plain text: a title after "entitled", editors before a title, an author and short title before op. cit.
    [InlineData(new[] { "The docks are discussed in a work by Robert Fenwick entitled The Nine Harbours of the Coast (York, Pa., 1948).", "Fenwick, op. cit., p. 22." }, 2, "1")]
    [InlineData(new[] { "The survey was a pamphlet by the Harbour Service, entitled Quay Hall, Harbour National Park (Washington, 1967).", "Ibid. [p. 10]." }, 2, "1")]
    [InlineData(new[] { "Francis Hale, ed., The Diplomatic Letters of the Harbour Board (Washington, 1889), III, 288.", Keller, "Hale, op. cit., VI, 475." }, 3, "1")]
    [InlineData(new[] { "Edmund Barnet, The Harbour Congress (New York, 1941), p. 233.", "Edmund Barnet, Letters of the Harbour Masters (Washington, 1926), 3.", "Barnet, The Harbour Congress, op. cit., p. 587." }, 3, "1")]
    [InlineData(new[] { "Edmund Barnet, The Harbour Congress (New York, 1941), p. 233.", Keller, "Barnet, The Harbour Congress pp. 576-580." }, 3, "1")]
    // A plain letter in a plain collection: later short titles and op. cit. reach the collection.
    [InlineData(new[] { "“Letter from the Warden to the Board,” July 15, 1778, in Edmund Barnet, Letters of Members of the Harbour Congress, vol. III (Washington, 1926), 333.", Keller, "Barnet, Letters, VII, 192." }, 3, "1")]
    [InlineData(new[] { "Edmund Barnet, The Harbour Congress (New York, 1941), p. 233.", "“Letter from the Warden to the Board,” July 15, 1778, in Edmund Barnet, Letters of Members of the Harbour Congress, vol. III (Washington, 1926), 333.", "Barnet, op. cit., pp. 269-270." }, 3, "2")]
    [InlineData(new[] { "Gail Hunter, The Harbour Board of the Coast; Its History and Functions (New Haven, 1914), p. 427.", Keller, "Hunter, op. cit., p. 40." }, 3, "1")]
    // An initial that also reads as a roman numeral ("Edmund C. Barnet"): op. cit. reaches the work last cited.
    [InlineData(new[] { "Edmund Barnet, The Harbour Congress (New York, 1941), p. 233.", "“Letter from the Warden to the Board,” July 15, 1778, in Edmund C. Barnet, Letters of Members of the Harbour Congress, vol. III (Washington, 1926), 333.", "Barnet, Letters, VII, 192.", "Barnet, op. cit., pp. 269-270." }, 4, "2")]
    // Plain text: a title after a possessive and "book"; a quoted title with its plain subtitle.
    [InlineData(new[] { "The trade is the subject of Anna Keller's book, Rivers of Salt: Harbour Trade in Kent (London: Harbour Press, 1998). Keller traces it to the Middle Ages.", Moreau, "Keller, Rivers of Salt, 38." }, 3, "1")]
    [InlineData(new[] { "Elihu S. Rand, “The Old Port.” A History of Dover, in Kent, 1649-1887 (Dover, 1887), p. 201.", Keller, "Rand, op. cit., pp. 161-164." }, 3, "1")]
    [InlineData(new[] { "Ann Ruiz, “... and Honoured Guests”—The Harbour Board at Leeds, 1783 (Leeds, 1962).", Keller, "Ruiz, op. cit., p. 7." }, 3, "1")]
    // An author named only in the sentence of the full reference.
    [InlineData(new[] { "The docks are discussed in a work by Robert Fenwick entitled *The Nine Harbours of the Coast* (York, Pa., 1948).", "Fenwick, *op. cit.,* p. 22." }, 2, "1")]
    // An author's surname opening the note's prose, a quotation and its page closing the sentence.
    [InlineData(new[] { Keller, Moreau, "Keller, in tracing the salt trade, points to “the mills of the coast” (25)." }, 3, "1")]
    [InlineData(new[] { Keller, "Keller, *Rivers*, 7.", "Keller, writing of the mills, calls them “the coast’s engines” (31–32)." }, 3, "1")]
    // A work with no author cited after a cue with an imprint without its comma, then by its whole plain title and a locator.
    [InlineData(new[] { "For sketches of the wardens, see Register of Harbour Masters (Leeds 1928—), XIII, 215-216; V, 525-526.", Keller, "For a sketch, see Register of Harbour Masters, VII, 1." }, 3, "1")]
    [InlineData(new[] { "See Register of Harbour Masters (New Haven, 1928), 4.", Keller, "Register of Harbour Masters, II, 40." }, 3, "1")]
    public async Task Resolve_RepeatPointsToTheNoteOfTheWork(string[] notes, int note, string target)
    {
        var essay = await HandMadeEssay.RunAsync(notes);

        Assert.Equal(target, essay.SameAsNote(note, essay.Parts(note).Count - 1));
    }

    [Theory]
    // Two works by the same author: "Keller, 25." could be either.
    [InlineData(new[] { Keller, KellerOther, "Keller, 25." }, 3)]
    // The note before cites nothing: an ibid across it is a guess.
    [InlineData(new[] { Keller, Discursive, "Ibid., 4." }, 3)]
    // No earlier reference at all.
    [InlineData(new[] { "Ibid., 4." }, 1)]
    [InlineData(new[] { "Smith, 25." }, 1)]
    // A short title that fits no earlier work.
    [InlineData(new[] { Keller, "Keller, *Salt Marshes*, 3." }, 2)]
    // A short title that is only the complement inside another work's title ("… of the Harbour Congress").
    [InlineData(new[] { "Edmund Barnet, Letters of Members of the Harbour Congress (Washington, 1926), 333.", "Barnet, The Harbour Congress pp. 576-580." }, 2)]
    // The author's last citation names a work not found before: op. cit. could be that one.
    [InlineData(new[] { "Edmund Barnet, The Harbour Congress (New York, 1941), p. 233.", "Barnet, Letters, VII, 192.", "Barnet, op. cit., p. 4." }, 3)]
    // An announcement with no full reference before it in its note announces nothing.
    [InlineData(new[] { "The board kept its Records of the Harbour in the hall. [Hereafter cited as Records.]", "Records, III, 2." }, 2)]
    // A singular that is only a short word away from another title: no plural ending to speak of.
    [InlineData(new[] { "*Acts of the Harbour Board* (Washington, 1904), 274. [Hereafter cited as *Acts*.]", "*Act,* III, 2." }, 2)]
    // An author named in prose with a quoted page: two works of the author, or none, cited before.
    [InlineData(new[] { Keller, KellerOther, "Keller, in tracing the salt trade, points to “the mills of the coast” (25)." }, 3)]
    [InlineData(new[] { Moreau, "Keller, in tracing the salt trade, points to “the mills of the coast” (25)." }, 2)]
    public async Task Resolve_UncertainRepeat_StaysUnlinkedAndIsReported(string[] notes, int note)
    {
        var essay = await HandMadeEssay.RunAsync(notes);

        var parts = Assert.Single(essay.Parts(note));
        Assert.Null(parts.SameAs);
        Assert.Null(parts.BibliographyId);
        Assert.Contains(essay.Diagnostics.Items, d => d.Code == "citation-unresolved" && d.Message.StartsWith($"Note {note}:", StringComparison.Ordinal));
    }

    [Theory]
    // A plain title and a locator is a reference again only when that title was cited in full with no author before;
    // a title with an author is cited by the author's name.
    [InlineData(new[] { Keller, "For a sketch, see Register of Harbour Masters, VII, 1." }, 2)]
    [InlineData(new[] { "Ivo Lind, Register of Harbour Masters (Leeds, 1928), 4.", "For a sketch, see Register of Harbour Masters, VII, 1." }, 2)]
    public async Task Resolve_PlainTitleNotCitedAloneBefore_IsNoReference(string[] notes, int note)
    {
        var essay = await HandMadeEssay.RunAsync(notes);

        Assert.Empty(essay.Parts(note));
    }

    private const string TrustReport = "The Harbour Trust Commission. *Report of the Harbour Trust Commission*. London: Quay Press, 1910.";

    [Theory]
    // A bibliography title named in plain words in the prose, after a possessive that is not its author.
    [InlineData("The decline was pointed out in Anna Keller’s Report of the Harbour Trust Commission, which was sent to Parliament in 1909.")]
    [InlineData("See the Report of the Harbour Trust Commission.")]
    public async Task Resolve_PlainBibliographyTitleInProse_LinksItsEntry(string note)
    {
        var essay = await HandMadeEssay.RunAsync([note], TrustReport);

        Assert.Contains("Report of the Harbour Trust Commission", essay.LinkedEntry(1), StringComparison.Ordinal);
    }

    [Theory]
    // Only the whole title, in title case: a part of it, or its words in lower case, are prose.
    [InlineData("The Report of the Harbour Trust was never printed.")]
    [InlineData("The report of the harbour trust commission was never printed.")]
    public async Task Resolve_PartOfABibliographyTitleInProse_IsNoReference(string note)
    {
        var essay = await HandMadeEssay.RunAsync([note], TrustReport);

        Assert.Empty(essay.Parts(1));
    }

    [Theory]
    // A person named at a note's start is prose unless a quotation and its page close the sentence.
    [InlineData("Keller, writing to the board, called the mills idle.")]
    [InlineData("Keller, writing to the board, called the mills “idle” in 1778.")]
    // A bracketed year dates a title; a sentence break parts the name from the quotation.
    [InlineData("Keller, writing to the board, called the mills “idle” (1778).")]
    [InlineData("Keller, like Moreau, left the board. The mills were called “idle” (25).")]
    public async Task Resolve_AuthorNamedInProseWithoutAQuotedPage_IsNoReference(string note)
    {
        var essay = await HandMadeEssay.RunAsync([Keller, note]);

        Assert.Empty(essay.Parts(2));
    }

    [Fact]
    public async Task Resolve_AuthorNamedInProse_LinksTheEntryOfTheAuthorsOneWork()
    {
        var essay = await HandMadeEssay.RunAsync(
            ["Keller, *Rivers of Salt*.", "Keller, in tracing the salt trade, points to “the mills of the coast” (25)."],
            "Keller, Anna. *Rivers of Salt*. London: Harbour Press, 1998.");

        Assert.Contains("Rivers of Salt", essay.LinkedEntry(2), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_IbidAfterANoteOutOfNumberOrder_StaysUnlinked()
    {
        // The body calls note 3 before note 2, as a reader that misplaces a page foot leaves it:
        // the reference before note 3's ibid is note 1's, which is not the note numbered before.
        var scrape = "## A Hand-Made Essay on Harbours\n\nAnn Author (A University)\n\n"
            + "This sentence calls note 1.<sup>1</sup>\n\nThis one calls note 3.<sup>3</sup>\n\nThis one calls note 2.<sup>2</sup>\n\n"
            + $"---\n\n<sup>1</sup> {Keller}\n\n<sup>2</sup> {Moreau}\n\n<sup>3</sup> Ibid., 40.\n\n";
        var (_, outcome, diagnostics) = await RealSeed.RunAsync(scrape);

        var ibid = SeedDocument.Notes(outcome.Document).Single(n => n.Label == "3");
        var parts = Assert.Single(CitationQueries.References(ibid)).Parts;
        Assert.Null(parts.SameAs);
        Assert.Contains(diagnostics.Items, d => d.Code == "citation-unresolved" && d.Message.StartsWith("Note 3:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resolve_DiscursiveNote_GetsNoLinkAndNoReference()
    {
        var essay = await HandMadeEssay.RunAsync([Keller, Discursive, "Ibid., 4."]);

        Assert.Empty(essay.Parts(2));
    }

    [Fact]
    public async Task Resolve_HeaderFacts_CountWhatWasLinked()
    {
        var essay = await HandMadeEssay.RunAsync([Keller, "Ibid., 12.", Moreau, "Keller, *Rivers*, 7.", "Smith, 25."]);

        var facts = essay.Outcome.Document.Metadata.Citations;
        Assert.NotNull(facts);
        Assert.Equal((5, 1, 2, 0, 2, 1, 2), (facts.References, facts.Ibid, facts.ShortForms, facts.LinkedToBibliography, facts.LinkedToEarlierNote, facts.UnresolvedRepeats, facts.FullUnlisted));
    }
}
