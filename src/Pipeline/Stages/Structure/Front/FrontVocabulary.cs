using System.Collections.Frozen;

namespace Pipeline.Stages.Structure.Front;

/// <summary>
/// The words by-lines, affiliations and abstracts are recognised by, for one language. Data, not
/// code: another language is another instance.
/// </summary>
internal sealed record FrontVocabulary(
    FrozenSet<string> ByWords,
    FrozenSet<string> AndWords,
    FrozenSet<string> NameParticles,
    FrozenSet<string> NameSuffixes,
    FrozenSet<string> NotNames,
    FrozenSet<string> Organisations,
    FrozenSet<string> OrganisationConnectors,
    FrozenSet<string> AbstractLabels)
{
    private static readonly StringComparer IgnoreCase = StringComparer.OrdinalIgnoreCase;

    public static FrontVocabulary English { get; } = new(
        ByWords: Set("by"),
        AndWords: Set("and", "&", "with"),
        NameParticles: Set("van", "von", "de", "der", "den", "da", "das", "del", "della", "di", "du", "dos", "la", "le", "ter", "ten", "bin", "ibn", "al", "el", "y", "zu", "af", "St."),
        NameSuffixes: Set("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"),
        // Capitalised words that open titles and subtitles, never a given name.
        NotNames: Set(
            "the", "a", "an", "on", "in", "of", "for", "from", "to", "towards", "toward", "at", "and", "or", "but", "with", "without",
            "between", "beyond", "after", "before", "into", "through", "under", "over", "about", "against", "among", "as", "is", "are",
            "was", "were", "why", "what", "when", "where", "who", "how", "this", "that", "these", "those", "its", "their", "our", "my",
            "his", "her", "part", "chapter", "section", "volume", "introduction", "conclusion", "abstract", "notes", "appendix",
            "some", "new", "old", "not", "no"),
        Organisations: Set(
            "University", "Université", "Universität", "Universidad", "Università", "Universiteit", "College", "Department", "Dept.",
            "Institute", "Institut", "Instituto", "School", "Faculty", "Centre", "Center", "Laboratory", "Lab", "Library", "Libraries",
            "Museum", "Academy", "Archive", "Archives", "Office", "Society", "Foundation", "Council", "Bureau", "Association",
            "Seminary", "Polytechnic", "Hospital", "Ministry", "Agency", "Commission", "Committee", "Press",
            "Historian", "Historians", "Division", "Service", "Trust", "Unit"),
        OrganisationConnectors: Set("of", "the", "for", "and", "on", "in", "at", "de", "du", "des", "für", "&"),
        AbstractLabels: Set("abstract", "summary"));

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(IgnoreCase);
}
