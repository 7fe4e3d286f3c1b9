using System.Text.RegularExpressions;

namespace Pipeline.Reading.ExtractedText;

internal static partial class CallOutCandidates
{
    /// <summary>
    /// A number set off by a space after a comma, a colon or a closing quotation mark at the line's
    /// end (LibreOffice: <c>until January 31, 1912, 64</c>, the sentence going on on the next line):
    /// the mark says the sentence did not end there, as the lower-case word does mid-line.
    /// </summary>
    [GeneratedRegex(@"(?<=[,;:’”""')\]]) (?<n>[1-9]\d{0,2})$")]
    private static partial Regex SpacedAtLineEnd();
}
