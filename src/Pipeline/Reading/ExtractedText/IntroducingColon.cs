namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// A block that ends on a colon (<c>…, in a letter dated July 13, 1778, wrote:</c>) introduces what
/// is read right after it: a block quotation, a list, a formula. In pdftotext's interleaved columns
/// the quotation is the next flow of the same column, and a flow that opens a plain new sentence (a
/// capital, no quotation or list mark) read right after the colon is the other column's. An
/// indented quotation without marks also opens with a capital, so this weighs as little as a
/// phrase stopped before a capital does; it decides only between dealings that are otherwise alike.
/// </summary>
internal static class IntroducingColon
{
    /// <summary>True when the line ends on a colon, a call-out glued to it set aside (<c>follows:12</c>).</summary>
    public static bool Ends(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsAsciiDigit(text[end - 1]))
        {
            end--;
        }

        return end > 0 && text[end - 1] == ':';
    }

    /// <summary>True when the line opens with a capital letter itself: not a quotation mark, a bullet, a number or a bracket.</summary>
    public static bool PlainStart(string text) => text.Length > 0 && char.IsUpper(text[0]);
}
