using System.Collections.Immutable;

namespace Pipeline.Model.Citations;

/// <summary>
/// The parts of one reference as a citation parser understood them. Every field is optional:
/// a writer emits only what was found.
/// </summary>
public sealed record BibliographicReference
{
    public ImmutableArray<PersonName> Authors { get; init; } = [];

    public ImmutableArray<PersonName> Editors { get; init; } = [];

    /// <summary>Analytic title (article, chapter): TEI <c>title level="a"</c>.</summary>
    public string? ArticleTitle { get; init; }

    /// <summary>Monograph title: TEI <c>title level="m"</c>.</summary>
    public string? MonographTitle { get; init; }

    /// <summary>Journal title: TEI <c>title level="j"</c>.</summary>
    public string? JournalTitle { get; init; }

    public string? PubPlace { get; init; }

    public string? Publisher { get; init; }

    public string? Date { get; init; }

    public string? Volume { get; init; }

    public string? Issue { get; init; }

    public string? Pages { get; init; }

    public ImmutableArray<string> Urls { get; init; } = [];

    /// <summary>The bibliography entry this reference was resolved to, when resolution was confident.</summary>
    public string? BibliographyId { get; init; }

    /// <summary>
    /// This reference's own id, given only when a later ibid or short form points to it (TEI
    /// <c>xml:id</c> on its <c>bibl</c>).
    /// </summary>
    public string? Id { get; init; }

    /// <summary>
    /// The <see cref="Id"/> of the earlier reference, in another note, whose work this ibid or short
    /// form repeats: set when no bibliography entry could be linked (TEI <c>sameAs</c>).
    /// </summary>
    public string? SameAs { get; init; }

    /// <summary>How the reference was written: full, short form, or ibid.</summary>
    public ReferenceForm Form { get; init; } = ReferenceForm.Full;
}

public sealed record PersonName(string? Forename, string Surname)
{
    /// <summary>A body (a society, an office, a commission) rather than a person: TEI <c>orgName</c>.</summary>
    public bool IsOrganisation { get; init; }
}

public enum ReferenceForm
{
    Full,
    Short,
    Ibid,
}
