using System.Text.RegularExpressions;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// A note line that ends in a name's initials ("Armonk, NY: M. E.", "London: J.") stops mid-name,
/// not at a sentence end, though its last character is a full stop: a publisher or an author is cut
/// there and the note goes on over the page break. Two initials apart in a row, or one after an
/// imprint's colon, are asked for, so a note that ends on a single letter ("Part B.") or an
/// abbreviation ("U.S.", "D.C.") is still whole.
/// </summary>
internal static partial class NameInitials
{
    public static bool EndLine(string text) => Initials().IsMatch(text);

    [GeneratedRegex(@"(?:(?<=^|[\s(])\p{Lu}\.\s|:\s)\p{Lu}\.$")]
    private static partial Regex Initials();
}
