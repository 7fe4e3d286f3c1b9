using Pipeline.Model.Citations;

namespace Pipeline.Writing.Tei;

/// <summary>
/// Where an inline is being written. TEI allows author, publisher and biblScope only directly
/// inside <c>bibl</c>, and no <c>bibl</c> at all directly inside phrase-level elements (title,
/// author, date …); <see cref="Parts"/> is the parsed reference that encloses the inline, used to
/// tell persons from bodies.
/// </summary>
internal readonly record struct InlineContext(bool DirectlyInBibl, bool PhraseOnly, BibliographicReference? Parts)
{
    /// <summary>Inside a link already: a URL in its words is not linked again.</summary>
    public bool InLink { get; init; }

    /// <summary>Inside p, head, item: anything text-level may follow.</summary>
    public static InlineContext Plain => new(false, false, null);

    /// <summary>Directly inside a phrase-level element such as title or persName.</summary>
    public static InlineContext Phrase => new(false, true, null);

    public static InlineContext InBibl(BibliographicReference? parts) => new(true, false, parts);

    /// <summary>Inside a highlight or link: still within the same reference, no longer directly in bibl.</summary>
    public InlineContext Nested => this with { DirectlyInBibl = false, PhraseOnly = false };

    /// <summary>Inside a field element (title, author …) of the same reference.</summary>
    public InlineContext InField => this with { DirectlyInBibl = false, PhraseOnly = true };
}
