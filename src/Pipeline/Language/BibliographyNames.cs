using System.Collections.Frozen;

namespace Pipeline.Language;

/// <summary>
/// What a bibliography's section is called, per language: the names, the words that may qualify them
/// ("Primary Sources", "Select Bibliography") and the section names that end one. Data, not code:
/// another language is another row.
/// </summary>
internal sealed record BibliographyNames(string Language, FrozenSet<string> Names, FrozenSet<string> Qualifiers, FrozenSet<string> Ends)
{
    private static readonly StringComparer IgnoreCase = StringComparer.OrdinalIgnoreCase;

    public static IReadOnlyList<BibliographyNames> All { get; } =
    [
        Row(
            "en",
            "bibliography|references|works cited|works consulted|reference list|list of references|sources|literature|literature cited|sources and literature|further reading",
            "select|selected|primary|secondary|archival|printed|published|unpublished|other|general",
            "notes|endnotes|footnotes|appendix|appendices|acknowledgements|acknowledgments|about the author|notes on contributors|index"),
        Row(
            "de",
            "literatur|literaturverzeichnis|bibliographie|bibliografie|quellen|quellenverzeichnis|quellen und literatur|quellen- und literaturverzeichnis",
            "ausgewählte|gedruckte|ungedruckte|verwendete",
            "anmerkungen|anhang|register|danksagung"),
        Row(
            "fr",
            "bibliographie|références|références bibliographiques|sources|ouvrages cités|sources et bibliographie|sources primaires|sources secondaires|sources imprimées|sources manuscrites",
            "",
            "notes|annexe|annexes|remerciements|index"),
    ];

    /// <summary>
    /// True when <paramref name="text"/>, a heading's whole text, names a bibliography in any language
    /// of the table, with or without a qualifier before it and a colon or full stop after it.
    /// </summary>
    public static bool IsName(string text) => All.Any(row => row.Matches(text, row.Names, qualified: true));

    /// <summary>True when <paramref name="text"/> is the name of a section that follows a bibliography (notes, an appendix).</summary>
    public static bool IsEnd(string text) => All.Any(row => row.Matches(text, row.Ends, qualified: false));

    private bool Matches(string text, FrozenSet<string> names, bool qualified)
    {
        var name = string.Join(' ', text.Trim().TrimEnd(':', '.', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (names.Contains(name))
        {
            return true;
        }

        if (!qualified)
        {
            return false;
        }

        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Qualifiers.Contains(name[..space]) && names.Contains(name[(space + 1)..]);
    }

    private static BibliographyNames Row(string language, string names, string qualifiers, string ends) =>
        new(language, Set(names), Set(qualifiers), Set(ends));

    private static FrozenSet<string> Set(string words) => words.Split('|', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(IgnoreCase);
}
