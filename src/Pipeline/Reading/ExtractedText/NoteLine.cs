using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Recognises the line a note starts with in extractor text: its number, then (after a space, or a
/// period and a space) its text; or the number alone, its text on the lines below.
/// </summary>
internal static partial class NoteLine
{
    public static bool TryParse(string text, out int number, out string rest)
    {
        var match = Start().Match(text);
        number = 0;
        rest = string.Empty;
        if (!match.Success || match.Groups["n"].Value[0] == '0')
        {
            return false;
        }

        number = int.Parse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        rest = match.Groups["rest"].Value;
        return true;
    }

    /// <summary>True when the note's text stands on the lines below its number.</summary>
    public static bool IsNumberOnly(string text) => NumberOnly().IsMatch(text);

    [GeneratedRegex(@"^(?<n>\d{1,3})(?:\.?\s+(?<rest>\S.*)|\.?)$")]
    private static partial Regex Start();

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex NumberOnly();
}
