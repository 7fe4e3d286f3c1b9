using System.Text.RegularExpressions;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Whether the paragraph just under an image is its caption: it starts within three lines of the
/// image's foot on the same page and either opens with a label and number ("Figure 1:", "Fig. 2.",
/// "Abb. 3 –", in any language) or is set in smaller type than the text. A paragraph further down,
/// or one in text type without a label, is the essay going on: a missed caption stays a paragraph.
/// </summary>
internal static partial class FigureCaptions
{
    /// <summary>Captions longer than this are rare; a longer block under an image is text.</summary>
    private const int MaxLines = 12;

    public static bool IsCaption(IReadOnlyList<PdfLine> lines, PdfImageBox image, int imagePage, double bodySize)
    {
        if (lines.Count == 0 || lines.Count > MaxLines || lines.Any(l => l.Page != imagePage))
        {
            return false;
        }

        var first = lines[0];
        var drop = image.Bottom - first.Baseline;
        if (drop <= 0 || drop > 3 * Math.Max(first.Size, bodySize))
        {
            return false;
        }

        return Label().IsMatch(first.Text.TrimStart()) || lines.All(l => l.Size < 0.92 * bodySize);
    }

    [GeneratedRegex(@"^\p{L}{2,}\.?\s+\d{1,3}[a-z]?\s*[.:—–-]")]
    private static partial Regex Label();
}
