using System.Collections.Immutable;

namespace Pipeline.Language;

/// <summary>
/// The words a language's notes cite with, as data: the citation parsers build their patterns from
/// a table like this, so another language is a new table, not new code. Each list holds the words as
/// written (case is ignored where the parsers match them), abbreviations with their full stops.
/// </summary>
public sealed record CitationVocabulary
{
    /// <summary>The language's tag (BCP 47), e.g. <c>en</c>.</summary>
    public required string Language { get; init; }

    /// <summary>"The same work as the last one cited" (English "ibid.", French "ibid.", German "ebd.").</summary>
    public required ImmutableArray<string> Ibid { get; init; }

    /// <summary>
    /// Words for "the same author and work" that only stand for ibid at the start of a note or a
    /// citation, since elsewhere they are ordinary words or abbreviations ("Id.", "idem").
    /// </summary>
    public required ImmutableArray<string> IbidAtStart { get; init; }

    /// <summary>"The work of this author cited before" (English "op. cit.", German "a. a. O.").</summary>
    public required ImmutableArray<string> OpCit { get; init; }

    /// <summary>Words that announce a reference in running prose ("see", "cf.", "quoted in").</summary>
    public required ImmutableArray<string> Cues { get; init; }

    /// <summary>Words after which editors' names follow ("edited by", "ed.", "eds.").</summary>
    public required ImmutableArray<string> EditedBy { get; init; }

    /// <summary>Words after which translators' names follow ("translated by", "trans.").</summary>
    public required ImmutableArray<string> TranslatedBy { get; init; }

    /// <summary>Other contributors named after a title ("with a preface by", "introduction by").</summary>
    public required ImmutableArray<string> ContributedBy { get; init; }

    /// <summary>Month names and their abbreviations, for dates of periodicals and letters.</summary>
    public required ImmutableArray<string> Months { get; init; }

    /// <summary>Words that introduce a locator: page, volume, chapter, note, section ("p.", "vol.", "ch.", "§").</summary>
    public required ImmutableArray<string> Locators { get; init; }

    /// <summary>Words that name a periodical when they end or begin its title ("Times", "Journal", "Review").</summary>
    public required ImmutableArray<string> PeriodicalWords { get; init; }

    /// <summary>
    /// Words that make a capitalised name in an author's place a body rather than a person
    /// ("Agricultural Extension Service", "Office of Indian Affairs").
    /// </summary>
    public required ImmutableArray<string> BodyWords { get; init; }

    /// <summary>Words that announce a short title to be used from here on ("hereafter cited as").</summary>
    public required ImmutableArray<string> Hereafter { get; init; }

    /// <summary>
    /// Words after which a work's title follows in running prose ("a work by … entitled The Nine
    /// Capitols …", "Joe Snader's book, Caught between Worlds …"): a plain title there, closed by an
    /// imprint, is a reference.
    /// </summary>
    public required ImmutableArray<string> TitleCues { get; init; }

    /// <summary>
    /// Words that open the book or collection a piece is in, after a comma (", in Edmund Burnett,
    /// Letters …"): a plain reference may start after them.
    /// </summary>
    public required ImmutableArray<string> ContainerWords { get; init; }
}
