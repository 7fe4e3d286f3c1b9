using System.Text.RegularExpressions;

namespace Pipeline.Stages.PageFurniture;

/// <summary>Recognises a line that is nothing but a printed page number, arabic or roman ("42", "– 42 –", "Page 42", "xii").</summary>
internal static partial class PageNumberLine
{
    public static bool IsMatch(string line)
    {
        var match = Shape().Match(line.Trim());
        if (!match.Success)
        {
            return false;
        }

        var number = match.Groups["number"].Value;
        return char.IsAsciiDigit(number[0]) || Roman().IsMatch(number);
    }

    /// <summary>
    /// False when <paramref name="opening"/>, the start of a line, already holds a character no page
    /// number line has: an ASCII character other than white space, a digit, '.', '-' or a letter of
    /// "page" or of a roman numeral (non-ASCII characters are left to the full test).
    /// </summary>
    public static bool MayStartWith(ReadOnlySpan<char> opening)
    {
        foreach (var c in opening)
        {
            if (char.IsAscii(c) && !char.IsWhiteSpace(c) && !char.IsAsciiDigit(c) && c is not ('.' or '-')
                && !"pageivxlcdm".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?:(?:page|p\.)\s*)?[-–—]?\s*(?<number>\d{1,4}|[ivxlcdm]{1,9})\s*[-–—]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^(?=.)(?:m{0,3})(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex Roman();
}
