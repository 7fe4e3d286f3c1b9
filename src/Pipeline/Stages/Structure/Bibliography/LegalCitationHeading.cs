using System.Text.RegularExpressions;

namespace Pipeline.Stages.Structure.Bibliography;

/// <summary>
/// A statute or a case listed by its name and its code or reporter citation: "First Morrill Act, 7
/// U.S.C. § 301 (1862).", "Smith-Lever Act of 1914, 38 Stat. 372 (1914).", "Brown v. Board of
/// Education, 347 U.S. 483 (1954).". Legal style has no author, and the citation's digits keep the
/// name from reading as a corporate heading; the shape (capitalised name, comma, volume, a
/// capitalised abbreviated code, section or page, perhaps the year) is that of the entry's start.
/// </summary>
internal static partial class LegalCitationHeading
{
    /// <summary>True when the line opens with such a name and citation.</summary>
    public static bool IsAt(string text) => Heading().IsMatch(text);

    // The name: up to twelve capitalised words, "of", "the", "and", "for", "on", "v." and years inside it.
    // Then ", 7 U.S.C. § 301", ", 38 Stat. 372", ", 347 U.S. 483": a volume, one to four capitalised
    // words of the code or reporter, a section or page; a year in brackets may follow.
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-]*(?:\s+(?:\p{Lu}[\p{L}'’\-]*|of|the|and|for|on|v\.|\d{4})){0,11},\s+\d{1,4}\s+(?:\p{Lu}[\p{L}]*\.?\s*){1,4}(?:§{1,2}\s*)?\d[\d\-–]*(?:\s*\(\d{4}\))?(?:[.;,]|$)")]
    private static partial Regex Heading();
}
