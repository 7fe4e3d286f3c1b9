using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Model.Citations;
using Pipeline.Stages.Citations;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>
/// The note reference parser, as a table: a note (the scrape's Markdown) → the references found, each
/// as its form, its words and its labelled fields. Hand-made notes of every class the parser knows.
/// </summary>
public sealed class NoteReferenceParserSpecTests
{
    [Theory]
    // Ibid in every spelling, with and without a locator.
    [InlineData("Ibid.", "Ibid|Ibid.|")]
    [InlineData("Ibid, 19.", "Ibid|Ibid, 19|Pages=19")]
    [InlineData("Ibid., 12.", "Ibid|Ibid., 12|Pages=12")]
    [InlineData("*Ibid.,* 12.", "Ibid|Ibid., 12|Pages=12")]
    [InlineData("ibid., pp. 4-5.", "Ibid|ibid., pp. 4-5|Pages=pp. 4-5")]
    [InlineData("Id., 45.", "Ibid|Id., 45|Pages=45")]
    [InlineData("*Ibid.,* III, 392.", "Ibid|Ibid., III, 392|Volume=III;Pages=392")]
    [InlineData("*Ibid.* [p. 10].", "Ibid|Ibid. [p. 10]|")]
    [InlineData("The harbour was rebuilt twice. (*ibid.,* p. 13.)", "Ibid|ibid., p. 13|Pages=p. 13")]
    // An author alone, or with op. cit.
    [InlineData("Smith, 25.", "Short|Smith, 25|Author=Smith;Pages=25")]
    [InlineData("Hart, op. cit., p. 59.", "Short|Hart, op. cit., p. 59|Author=Hart;Pages=p. 59")]
    [InlineData("Fenwick, *op. cit.,* V, 199-202.", "Short|Fenwick, op. cit., V, 199-202|Author=Fenwick;Volume=V;Pages=199-202")]
    [InlineData("As the warden wrote (Hunt, *op. cit.,* p. 40.)", "Short|Hunt, op. cit., p. 40|Author=Hunt;Pages=p. 40")]
    // A surname opening the prose, a quotation and its page closing the sentence: the surname is the reference.
    [InlineData("Trace, in researching the records, points to “their origins in the project method” (276).", "Short|Trace|Author=Trace")]
    // Short titles, with other locators or none.
    [InlineData("Moreau, *Famine Ships*.", "Short|Moreau, Famine Ships|Author=Moreau;MonographTitle=Famine Ships")]
    [InlineData("*Famine Ships*, chapter 2.", "Short|Famine Ships, chapter 2|MonographTitle=Famine Ships")]
    [InlineData("Keller, *Rivers of Salt*, ch. 3, § 38.", "Short|Keller, Rivers of Salt, ch. 3, § 38|Author=Keller;MonographTitle=Rivers of Salt")]
    [InlineData("*Annals of the Parish*, XXIX:373.", "Short|Annals of the Parish, XXIX:373|MonographTitle=Annals of the Parish;Volume=XXIX;Pages=373")]
    [InlineData("Dunmore, *Coastal Trade*, n. 14.", "Short|Dunmore, Coastal Trade, n. 14|Author=Dunmore;MonographTitle=Coastal Trade")]
    [InlineData("Lindqvist, *Northern Lights*, vol. 2, 45–46.", "Short|Lindqvist, Northern Lights, vol. 2, 45–46|Author=Lindqvist;MonographTitle=Northern Lights;Volume=2;Pages=45–46")]
    [InlineData("Burnett, *The Harbour Congress, op. cit.,* p. 587.", "Short|Burnett, The Harbour Congress, op. cit., p. 587|Author=Burnett;MonographTitle=The Harbour Congress;Pages=p. 587")]
    // Article titles in quotation marks, not italic.
    [InlineData("Ferrand, “The Mill Towns,” 88.", "Short|Ferrand, “The Mill Towns,” 88|Author=Ferrand;ArticleTitle=The Mill Towns;Pages=88")]
    [InlineData("Ferrand, “The Mill Towns.” Ferrand argues that the towns grew.", "Short|Ferrand, “The Mill Towns.”|Author=Ferrand;ArticleTitle=The Mill Towns")]
    // Editors, imprints, a title with no author.
    [InlineData("*Letters from the Coast*, edited by Mara Quint (Boston: Harbor Press, 1931), 12.", "Full|Letters from the Coast, edited by Mara Quint (Boston: Harbor Press, 1931), 12|MonographTitle=Letters from the Coast;Editor=Mara Quint;PubPlace=Boston;Publisher=Harbor Press;Date=1931;Pages=12")]
    [InlineData("The docks are described in *The Nine Harbours of the Coast* (York, Pa., 1948).", "Full|The Nine Harbours of the Coast (York, Pa., 1948)|MonographTitle=The Nine Harbours of the Coast;PubPlace=York, Pa.;Date=1948")]
    [InlineData("*Records of the Harbour Board, 1774-1789* (Washington, 1904-1937), VII, 274.", "Full|Records of the Harbour Board, 1774-1789 (Washington, 1904-1937), VII, 274|MonographTitle=Records of the Harbour Board, 1774-1789;Volume=VII;PubPlace=Washington;Date=1904-1937;Pages=274")]
    [InlineData("Edmund Burnett, *Letters of the Harbour Masters,* vol. III (Washington, 1926), 333.", "Full|Edmund Burnett, Letters of the Harbour Masters, vol. III (Washington, 1926), 333|Author=Edmund Burnett;MonographTitle=Letters of the Harbour Masters;Volume=III;PubPlace=Washington;Date=1926;Pages=333")]
    // Plain text, as extractors give it: editors before the title, a title named after "entitled", a locator with no comma, an author and short title before op. cit.
    [InlineData("Francis Hale, ed., The Diplomatic Letters of the Harbour Board (Washington, 1889), III, 288.", "Full|Francis Hale, ed., The Diplomatic Letters of the Harbour Board (Washington, 1889), III, 288|MonographTitle=The Diplomatic Letters of the Harbour Board;Editor=Francis Hale;Volume=III;PubPlace=Washington;Date=1889;Pages=288")]
    [InlineData("The docks are discussed in a work by Robert Fenwick entitled The Nine Harbours of the Coast (York, Pa., 1948).", "Full|The Nine Harbours of the Coast (York, Pa., 1948)|MonographTitle=The Nine Harbours of the Coast;PubPlace=York, Pa.;Date=1948")]
    [InlineData("Barnet, The Harbour Congress pp. 576-580.", "Short|Barnet, The Harbour Congress pp. 576-580|Author=Barnet;MonographTitle=The Harbour Congress;Pages=pp. 576-580")]
    [InlineData("Barnet, The Harbour Congress, op. cit., p. 587.", "Short|Barnet, The Harbour Congress, op. cit., p. 587|Author=Barnet;MonographTitle=The Harbour Congress;Pages=p. 587")]
    [InlineData("Barnet, Letters of Members of the Harbour Congress, op. cit., pp. 328-329.", "Short|Barnet, Letters of Members of the Harbour Congress, op. cit., pp. 328-329|Author=Barnet;MonographTitle=Letters of Members of the Harbour Congress;Pages=pp. 328-329")]
    // A plain subtitle after a semicolon, closed by the imprint; an imprint after the title's comma and a volume.
    [InlineData("Gail Hunter, The Harbour Board of the Coast; Its History and Functions (New Haven, 1914), p. 427.", "Full|Gail Hunter, The Harbour Board of the Coast; Its History and Functions (New Haven, 1914), p. 427|Author=Gail Hunter;MonographTitle=The Harbour Board of the Coast; Its History and Functions;PubPlace=New Haven;Date=1914;Pages=p. 427")]
    // Two authors before op. cit. stay authors.
    [InlineData("Smith, Jones and Brown, op. cit., p. 5.", "Short|Smith, Jones and Brown, op. cit., p. 5|Author=Smith;Author=Jones;Author=Brown;Pages=p. 5")]
    // Periodicals: the journal's title, volume, issue, date and pages, all inside the reference.
    [InlineData("Ann Ruiz, “Salt Roads,” *The Historical Journal* 41.3 (Autumn 1998): 85–112.", "Full|Ann Ruiz, “Salt Roads,” The Historical Journal 41.3 (Autumn 1998): 85–112|Author=Ann Ruiz;ArticleTitle=Salt Roads;JournalTitle=The Historical Journal;Volume=41;Issue=3;Date=Autumn 1998;Pages=85–112")]
    [InlineData("L. H. Pamm, “Dr. Edwin Jay,” *Annals of Iowa* 8 (October 1907): 180.", "Full|L. H. Pamm, “Dr. Edwin Jay,” Annals of Iowa 8 (October 1907): 180|Author=L. H. Pamm;ArticleTitle=Dr. Edwin Jay;JournalTitle=Annals of Iowa;Volume=8;Date=October 1907;Pages=180")]
    // Plain titles after names that begin with a roman numeral's letter (M, D, C …): names, not locators.
    [InlineData("Marta Dvorak, Cold Harbours (Ithaca: Cornell University Press, 2009): 110.", "Full|Marta Dvorak, Cold Harbours (Ithaca: Cornell University Press, 2009): 110|Author=Marta Dvorak;MonographTitle=Cold Harbours;PubPlace=Ithaca;Publisher=Cornell University Press;Date=2009;Pages=110")]
    [InlineData("Dvorak, Cold Harbours, 87-88.", "Short|Dvorak, Cold Harbours, 87-88|Author=Dvorak;MonographTitle=Cold Harbours;Pages=87-88")]
    [InlineData("Ivo Lind, Mills (Leeds: Calder Press, 1931), 4.", "Full|Ivo Lind, Mills (Leeds: Calder Press, 1931), 4|Author=Ivo Lind;MonographTitle=Mills;PubPlace=Leeds;Publisher=Calder Press;Date=1931;Pages=4")]
    // A plain title elided with a spaced ellipsis, closed by its imprint.
    [InlineData("Ivo Lind, Personal Memoirs of the Mills. . . . (Leeds: Calder Press, 1851), 601.", "Full|Ivo Lind, Personal Memoirs of the Mills. . . . (Leeds: Calder Press, 1851), 601|Author=Ivo Lind;MonographTitle=Personal Memoirs of the Mills. . . .;PubPlace=Leeds;Publisher=Calder Press;Date=1851;Pages=601")]
    // The same ellipsis run together, as some extractors give it.
    [InlineData("Ivo Lind, Personal Memoirs of the Mills.... (Leeds: Calder Press, 1851), 601.", "Full|Ivo Lind, Personal Memoirs of the Mills.... (Leeds: Calder Press, 1851), 601|Author=Ivo Lind;MonographTitle=Personal Memoirs of the Mills....;PubPlace=Leeds;Publisher=Calder Press;Date=1851;Pages=601")]
    // A quoted chapter in a plain book; a quoted article in a plain periodical.
    [InlineData("Ivo Lind, “The Mill Towns,” in Harbours and Mills, ed. Ann Ruiz (Leeds: Calder Press, 1985): 151-152.", "Full|Ivo Lind, “The Mill Towns,” in Harbours and Mills, ed. Ann Ruiz (Leeds: Calder Press, 1985): 151-152|Author=Ivo Lind;ArticleTitle=The Mill Towns;MonographTitle=Harbours and Mills;Editor=Ann Ruiz;PubPlace=Leeds;Publisher=Calder Press;Date=1985;Pages=151-152")]
    [InlineData("Ann Ruiz, “Salt Roads,” Coastal Review 72, no. 1 (2013): 1-23.", "Full|Ann Ruiz, “Salt Roads,” Coastal Review 72, no. 1 (2013): 1-23|Author=Ann Ruiz;ArticleTitle=Salt Roads;JournalTitle=Coastal Review;Volume=72;Issue=1;Date=2013;Pages=1-23")]
    // A title opened by a right single quote, as some fonts give it.
    // A title split into italic runs by the PDF's text: mid-word, at an italic space or comma, at a subtitle's semicolon.
    [InlineData("Ivo Lind, *An**nals of Leeds, Being a **Collection of Memoirs**,** and Incidents of the Town* (Leeds and York, 1830), pp. 365.", "Full|Ivo Lind, Annals of Leeds, Being a Collection of Memoirs, and Incidents of the Town (Leeds and York, 1830), pp. 365|Author=Ivo Lind;MonographTitle=Annals of Leeds, Being a Collection of Memoirs, and Incidents of the Town;PubPlace=Leeds and York;Date=1830;Pages=pp. 365")]
    [InlineData("Ivo Lind, *The Harbour Board of the Coast;* *Its History and Functions* (Leeds, 1914), p. 427.", "Full|Ivo Lind, The Harbour Board of the Coast; Its History and Functions (Leeds, 1914), p. 427|Author=Ivo Lind;MonographTitle=The Harbour Board of the Coast; Its History and Functions;PubPlace=Leeds;Date=1914;Pages=p. 427")]
    // A title that opens with a quotation mark and an elision before its italic.
    [InlineData("Ann Ruiz, “... *and Honoured Guests”—The Harbour Board at Leeds, 1783* (Leeds, 1962).", "Full|Ann Ruiz, “... and Honoured Guests”—The Harbour Board at Leeds, 1783 (Leeds, 1962)|Author=Ann Ruiz;MonographTitle=and Honoured Guests”—The Harbour Board at Leeds, 1783;PubPlace=Leeds;Date=1962")]
    // A quoted chapter in a book named by its short title, closing the citation.
    [InlineData("Quint and Lind, “Introduction,” in Harbour Studies; and more.", "Short|Quint and Lind, “Introduction,”|Author=Quint;Author=Lind;ArticleTitle=Introduction")]
    // A quoted title in sentence case, then a plain periodical with its volume and date.
    [InlineData("Ann Ruiz, ‘Salt roads in winter,’ The Coastal Quarterly 182 (2006).", "Full|Ann Ruiz, ‘Salt roads in winter,’ The Coastal Quarterly 182 (2006)|Author=Ann Ruiz;ArticleTitle=Salt roads in winter;JournalTitle=The Coastal Quarterly;Volume=182;Date=2006")]
    [InlineData("Ann Ruiz, ’Salt Roads,’ 88.", "Short|Ann Ruiz, ’Salt Roads,’ 88|Author=Ann Ruiz;ArticleTitle=Salt Roads;Pages=88")]
    [InlineData("*Leeds Courier*, “Harbour Bill Passes.”", "Full|Leeds Courier, “Harbour Bill Passes.”|ArticleTitle=Harbour Bill Passes;JournalTitle=Leeds Courier")]
    // Plain text: a quoted title whose plain subtitle follows the closing mark (after a full stop inside it, or a dash), closed by the imprint.
    [InlineData("Elihu S. Rand, “The Old Port.” A History of Dover, in Kent, 1649-1887 (Dover, 1887), p. 201.", "Full|Elihu S. Rand, “The Old Port.” A History of Dover, in Kent, 1649-1887 (Dover, 1887), p. 201|Author=Elihu S. Rand;MonographTitle=“The Old Port.” A History of Dover, in Kent, 1649-1887;PubPlace=Dover;Date=1887;Pages=p. 201")]
    [InlineData("Ann Ruiz, “... and Honoured Guests”—The Harbour Board at Leeds, 1783 (Leeds, 1962).", "Full|Ann Ruiz, “... and Honoured Guests”—The Harbour Board at Leeds, 1783 (Leeds, 1962)|Author=Ann Ruiz;MonographTitle=“... and Honoured Guests”—The Harbour Board at Leeds, 1783;PubPlace=Leeds;Date=1962")]
    // Plain text: a title after a possessive and "book": the work of the sentence's author.
    [InlineData("The trade is the subject of Anna Keller's book, Rivers of Salt: Harbour Trade in Kent (London: Harbour Press, 1998).", "Full|Rivers of Salt: Harbour Trade in Kent (London: Harbour Press, 1998)|MonographTitle=Rivers of Salt: Harbour Trade in Kent;PubPlace=London;Publisher=Harbour Press;Date=1998")]
    // Plain text: an edited book cited title first, perhaps with a volume and the volume's own title, closed by its imprint.
    [InlineData("New Light on the Harbours of the Coast: The Journals of Ivo Lind, Pilot of the Harbour Board, 1799-1814, edited by Ann Ruiz, vol. 1, The Red Harbour (Leeds: Calder Press, 1965).", "Full|New Light on the Harbours of the Coast: The Journals of Ivo Lind, Pilot of the Harbour Board, 1799-1814, edited by Ann Ruiz, vol. 1, The Red Harbour (Leeds: Calder Press, 1965)|MonographTitle=New Light on the Harbours of the Coast: The Journals of Ivo Lind, Pilot of the Harbour Board, 1799-1814;Editor=Ann Ruiz;Volume=1;PubPlace=Leeds;Publisher=Calder Press;Date=1965")]
    [InlineData("See The Harbour Journals of Ivo H. Lind, edited by Ann Ruiz (Leeds: Calder Press, 1978), 12.", "Full|The Harbour Journals of Ivo H. Lind, edited by Ann Ruiz (Leeds: Calder Press, 1978), 12|MonographTitle=The Harbour Journals of Ivo H. Lind;Editor=Ann Ruiz;PubPlace=Leeds;Publisher=Calder Press;Date=1978;Pages=12")]
    // A work with no author, its plain title after a cue and closed by its imprint, with or without the comma before the year.
    [InlineData("For sketches of the wardens, see Register of Harbour Masters (Leeds 1928—), XIII, 215-216; V, 525-526.", "Full|Register of Harbour Masters (Leeds 1928—), XIII, 215-216|MonographTitle=Register of Harbour Masters;Volume=XIII;PubPlace=Leeds;Date=1928—;Pages=215-216")]
    [InlineData("See Register of Harbour Masters (New Haven, 1928), 4.", "Full|Register of Harbour Masters (New Haven, 1928), 4|MonographTitle=Register of Harbour Masters;PubPlace=New Haven;Date=1928;Pages=4")]
    // The same imprint without its comma after names and a plain title.
    [InlineData("Ivo Lind, Mills of the Coast (New York 1931), 4.", "Full|Ivo Lind, Mills of the Coast (New York 1931), 4|Author=Ivo Lind;MonographTitle=Mills of the Coast;PubPlace=New York;Date=1931;Pages=4")]
    public void Parse_OneReference(string note, string expected)
    {
        var references = Parse(note);

        Assert.Equal(expected, Describe(note, Assert.Single(references)));
    }

    [Theory]
    // References in lists, each with its own author.
    [InlineData("See Keller, *Rivers of Salt*; Ó Briain, *Tides of Cork*; Moreau, *Famine Ships*.", "Keller|Ó Briain|Moreau")]
    [InlineData("*Leeds Courier*, “Harbour Bill Passes”; *Hull Daily Mail*, “Docks Reopen.”", "Leeds Courier|Hull Daily Mail")]
    [InlineData("Ibid., 8; Smith, 25.", "Ibid.|Smith")]
    // An endnote's back-reference mark after the citation.
    [InlineData("*Leeds Courier*, “Harbour Bill Passes.” ↩", "Leeds Courier")]
    // A chapter in a plain book before ", ed.": one reference from the chapter's author, the book no title-first work of its own.
    [InlineData("Ivo Lind, ’The Mill Towns, 1953-56,’ in Harbours and Mills, ed. Ann Ruiz (Leeds: Calder Press, 1985), 151.", "Ivo Lind")]
    [InlineData("Ivo Lind, “The Mill Towns,” in Harbours and Mills, edited by Ann Ruiz (Leeds: Calder Press, 1985), 151.", "Ivo Lind")]
    public void Parse_List_FindsEachReference(string note, string starts)
    {
        var references = Parse(note);

        Assert.Equal(starts.Split('|'), references.Select(r => Words(note, r).Split(',')[0]));
    }

    [Theory]
    // Discursive notes and quotations: nothing is a reference.
    [InlineData("Most authorities assert that the meeting place was at the Court House.")]
    [InlineData("The ship was named *Hope*, as the owners wished.")]
    [InlineData("As Smith, “the docks were never finished,” wrote at the time.")]
    [InlineData("However, 45 men were lost that winter.")]
    [InlineData("The harbour master’s ’Notes’ were never read.")]
    [InlineData("The argument is *ad hominem*. Nobody believed it.")]
    [InlineData("As Smith, “the docks were never finished,” in his letters; nobody listened.")]
    [InlineData("In his book, Keller argues that the docks were new (London, 1998).")]
    [InlineData("Keller, in her letters, called the docks “new” (1998).")]
    [InlineData("Keller, in her letters, called the docks new (25).")]
    [InlineData("Keller and Moreau, in their letters, called the docks “new” (25).")]
    // A title before ", edited by" with no imprint to close it, or names before it: no reference.
    [InlineData("Letters from the Coast, edited by Mara Quint, were read aloud at the meeting.")]
    [InlineData("Ann Ruiz, edited by Mara Quint (Leeds: Calder Press, 1965).")]
    [InlineData("Ivo Lind, Selected Letters, 1820-1842, ed. Ann Ruiz (Leeds: Calder Press, 2010).")]
    // No cue before an authorless plain title; a season and year are a date, not a place; one word before an imprint may be a name; a title with a comma is left to other rules.
    [InlineData("The wardens met at Register House (Leeds 1928).")]
    [InlineData("See Harbour Notes (Autumn 1998), 4.")]
    [InlineData("See Keller (Leeds 1998), 4.")]
    [InlineData("See the register of harbour masters (Leeds 1928), 4.")]
    [InlineData("See Register of Harbour Masters, Wardens and Pilots (Leeds 1928), 4.")]
    [InlineData("Ivo Lind, Mills of the Coast (March 1931), 4.")]
    public void Parse_Commentary_FindsNothing(string note) => Assert.Empty(Parse(note));

    [Fact]
    public void Parse_TitleWithAnEmptyItalicRun_IsOneTitle()
    {
        // A PDF's styled space that held nothing, between two runs of one title.
        ImmutableArray<Inline> note =
        [
            new Text("Ivo Lind, "),
            new Styled(TextStyle.Italic, [new Text("Annals of Leeds, Being a ")]),
            new Styled(TextStyle.Italic, []),
            new Styled(TextStyle.Italic, [new Text("Collection of Memoirs")]),
            new Text(" (Leeds, 1830), 12."),
        ];

        var reference = Assert.Single(NoteReferenceParser.Parse(InlineText.Flatten(note, new FlatteningScratch())));

        Assert.Equal("Lind", Assert.Single(reference.Parts.Authors).Surname);
        Assert.Equal("Annals of Leeds, Being a Collection of Memoirs", reference.Parts.MonographTitle);
    }

    [Fact]
    public void Parse_HereafterCitedAs_DeclaresTheShortForm()
    {
        var references = Parse("*Records of the Harbour Board* (Washington, 1904), VII, 274. [Hereafter cited as *Records*.]");

        Assert.Equal(2, references.Length);
        Assert.False(references[0].DeclaresShortForm);
        Assert.True(references[1].DeclaresShortForm);
    }

    [Theory]
    // After ", in " a plain reference whose title an imprint closes: the book a letter or chapter is in.
    [InlineData("“Letter from the Warden to the Board,” July 15, 1778, in Edmund Barnet, Letters of Members of the Harbour Congress, vol. III (Washington, 1926), 333.", "Edmund Barnet, Letters of Members of the Harbour Congress, vol. III (Washington, 1926), 333", "Letters of Members of the Harbour Congress")]
    // An initial that is also a roman numeral ("C.") inside the name.
    [InlineData("“Letter from the Warden to the Board,” July 15, 1778, in Edmund C. Barnet, Letters of Members of the Harbour Congress, vol. III (Washington, 1926), 333.", "Edmund C. Barnet, Letters of Members of the Harbour Congress, vol. III (Washington, 1926), 333", "Letters of Members of the Harbour Congress")]
    public void Parse_PlainContainer_IsAFullReference(string note, string words, string title)
    {
        var reference = Assert.Single(Parse(note));

        Assert.Equal(words, Words(note, reference));
        Assert.Equal(ReferenceForm.Full, reference.Parts.Form);
        Assert.Equal(title, reference.Parts.MonographTitle);
    }

    [Theory]
    // After ", in " nothing short is taken: a place and a year are no author and locator.
    [InlineData("The board met twice, in London, 1850.")]
    // Nor a place and a span of years with an imprint: a title needs words.
    [InlineData("The minutes were printed later, in Kent, 1649-1887 (Dover, 1887).")]
    public void Parse_ShortAfterContainerWord_IsNotTaken(string note)
    {
        Assert.Empty(Parse(note));
    }

    [Theory]
    // A plain announcement after the plain title it names, which it lets the parser take from running prose.
    [InlineData("The board was renamed the “Harbour Trust,” Records of the Harbour Board, 1774-1789 (Washington, 1904-1937), VII, 274. [Hereafter cited as Records.]", "Records of the Harbour Board, 1774-1789", "Records")]
    [InlineData("Edwin Jay, introduction to A Narrative of the Captivity of John Tanner. . . . (New York: Carvill, 1830), 5. Hereafter John Tanner's Narrative will be cited as Tanner, Narrative.", "A Narrative of the Captivity of John Tanner. . . .", "Narrative")]
    public void Parse_PlainAnnouncement_TakesTheTitleItNames(string note, string title, string shortTitle)
    {
        var references = Parse(note);

        Assert.Equal(2, references.Length);
        Assert.Equal(ReferenceForm.Full, references[0].Parts.Form);
        Assert.Equal(title, references[0].Parts.MonographTitle);
        Assert.True(references[1].DeclaresShortForm);
        Assert.Equal(shortTitle, references[1].Parts.MonographTitle);
    }

    [Theory]
    // No imprint closes a title named by the announcement: nothing is taken.
    [InlineData("The board kept its Records of the Harbour in the hall. [Hereafter cited as Records.]")]
    // "Hereafter" in prose, with no short form after it.
    [InlineData("Hereafter the board met in the hall (Washington, 1904).")]
    public void Parse_PlainAnnouncementWithoutItsTitle_TakesNothing(string note)
    {
        Assert.Empty(Parse(note));
    }

    [Theory]
    // Plain "Author, Title." closing a citation: taken only when an entry by that author has that title or begins with it.
    [InlineData("Bensen, Every Farm; Worley, Dust Roads.", "Worley, Dust Roads")]
    [InlineData("Worley, Dust Roads. Worley argues that the roads came first.", "Worley, Dust Roads")]
    [InlineData("Coastal Extension Service, Silver Anniversary Report. ↩", "Coastal Extension Service, Silver Anniversary Report")]
    [InlineData("Smith, Dust Roads.", "")]
    [InlineData("Worley, Roads of Dust.", "")]
    [InlineData("Worley, the roads were dusty.", "")]
    public void Parse_PlainShortForm_OnlyWhenTheBibliographyHasIt(string note, string expected)
    {
        string[] entries =
        [
            "Worley, Dana. Dust Roads: The Southern Plains. New York: Harbor Press, 1979.",
            "Coastal Extension Service. Silver Anniversary Report, Annual Report 1939. Gainesville: State College, 1939.",
        ];
        var titles = KnownTitles.Of(entries.Select((e, i) => new BibliographyItem($"e{i}", i, EntryParser.Parse(Flat(e))!.Parts)));

        var references = NoteReferenceParser.Parse(Flat(note), CitationPatterns.English, titles);

        Assert.Equal(expected, string.Join("|", references.Select(r => Words(note, r))));
    }

    private static ImmutableArray<ParsedReference> Parse(string note) =>
        NoteReferenceParser.Parse(Flat(note));

    internal static FlatText Flat(string note) => InlineText.Flatten(MarkdownInlines.Inlines(note), new FlatteningScratch());

    internal static string Words(string note, ParsedReference reference) => Flat(note).Value[reference.Range.Start..reference.Range.End];

    internal static string Describe(string note, ParsedReference reference)
    {
        var parts = reference.Parts;
        var fields = new List<string>();
        fields.AddRange(parts.Authors.Select(p => "Author=" + Name(p)));
        Add(fields, "ArticleTitle", parts.ArticleTitle);
        Add(fields, "MonographTitle", parts.MonographTitle);
        fields.AddRange(parts.Editors.Select(p => "Editor=" + Name(p)));
        Add(fields, "JournalTitle", parts.JournalTitle);
        Add(fields, "Volume", parts.Volume);
        Add(fields, "Issue", parts.Issue);
        Add(fields, "PubPlace", parts.PubPlace);
        Add(fields, "Publisher", parts.Publisher);
        Add(fields, "Date", parts.Date);
        Add(fields, "Pages", parts.Pages);
        return $"{parts.Form}|{Words(note, reference)}|{string.Join(';', fields)}";
    }

    private static string Name(PersonName person) => person.Forename is null ? person.Surname : person.Forename + " " + person.Surname;

    private static void Add(List<string> fields, string kind, string? value)
    {
        if (value is not null)
        {
            fields.Add(kind + "=" + value);
        }
    }
}
