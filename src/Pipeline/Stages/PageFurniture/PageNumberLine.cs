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

    [GeneratedRegex(@"^(?:(?:page|p\.)\s*)?[-–—]?\s*(?<number>\d{1,4}|[ivxlcdm]{1,9})\s*[-–—]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^(?=.)(?:m{0,3})(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex Roman();
}
