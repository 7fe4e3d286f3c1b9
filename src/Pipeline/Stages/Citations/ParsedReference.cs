using System.Collections.Immutable;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>One reference found in a note or entry: where it is, its labelled parts, and what they say.</summary>
internal sealed record ParsedReference(TextRange Range, ImmutableArray<ParsedField> Fields, BibliographicReference Parts)
{
    /// <summary>
    /// True for the short form a note announces for the work it has just cited ("Hereafter cited as
    /// *Journals*"): it names that work, and later notes may cite the work by it.
    /// </summary>
    public bool DeclaresShortForm { get; init; }

    /// <summary>
    /// For a reference that names no author, the words in capitals of its sentence before the title
    /// ("a work by Robert Fortenbaugh entitled *…*"), as match keys: a later "Fortenbaugh, op. cit."
    /// may be resolved by them when no reference has that author.
    /// </summary>
    public ImmutableArray<string> Mentioned { get; init; } = [];

    /// <summary>An author's "op. cit.": the work of that author cited most recently.</summary>
    public bool OpCit { get; init; }

    /// <summary>
    /// An author's surname opening a note's prose, a quotation and its page following: a short form
    /// only when that author's one work was cited before, never matched to the bibliography alone.
    /// </summary>
    public bool InProse { get; init; }
}
