using Pipeline.Model.Citations;

namespace Pipeline.Writing.Tei;

/// <summary>
/// Where an inline is being written: directly inside a <c>bibl</c> (where author, publisher and
/// biblScope are allowed) and which parsed reference encloses it (to tell persons from bodies).
/// </summary>
internal readonly record struct InlineContext(bool DirectlyInBibl, BibliographicReference? Parts)
{
    public static InlineContext Plain => new(false, null);

    public static InlineContext InBibl(BibliographicReference? parts) => new(true, parts);

    /// <summary>Inside a highlight or link: still within the same reference, no longer directly in bibl.</summary>
    public InlineContext Nested => this with { DirectlyInBibl = false };
}
