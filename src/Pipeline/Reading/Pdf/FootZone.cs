using System.Text.RegularExpressions;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Finds where a column's footnotes begin: the run of small type at the column's foot, from its
/// first line that opens a note (a raised number, or a number and a full stop) or that sits under a
/// short rule (a bare number and a space opens notes only under a rule). Small type at the foot with neither (a quotation set small) stays body text.
/// </summary>
internal static partial class FootZone
{
    /// <summary>Type smaller than this share of the body size is footnote-sized.</summary>
    public const double SmallType = 0.92;

    /// <summary>The index of the first foot-zone line of <paramref name="lines"/>, or <c>lines.Count</c> when the column has none.</summary>
    public static int Start(List<PdfLine> lines, double bodySize, IReadOnlyList<HorizontalRule> rules, int lastNote)
    {
        var run = lines.Count;
        while (run > 0 && lines[run - 1].Size < SmallType * bodySize)
        {
            run--;
        }

        for (var i = run; i < lines.Count; i++)
        {
            var above = i > 0 ? lines[i - 1] : null;
            var line = lines[i];
            var ruled = rules.Any(r => r.Y > line.Baseline && (above is null || r.Y < above.Baseline - (0.2 * above.Size))
                && r.Left < line.Right && r.Right > line.Left);
            if (ruled || (OpensNote(line, lastNote, out _, out _) && (line.Glyphs[0].Raised || DottedStart().IsMatch(line.Text))))
            {
                return i;
            }
        }

        return lines.Count;
    }

    /// <summary>
    /// True when <paramref name="line"/> starts with a note number: raised digits, or digits and a
    /// full stop (or parenthesis) as its first word; <paramref name="labelGlyphs"/> counts the glyphs the
    /// label takes (its full stop included). A number printed on the line is taken for a label only
    /// when it is 1 or follows <paramref name="lastNote"/> closely: "953." that ends a file number
    /// broken over two lines is text.
    /// </summary>
    public static bool OpensNote(PdfLine line, int lastNote, out string label, out int labelGlyphs)
    {
        var glyphs = line.Glyphs;
        var i = 0;
        while (i < glyphs.Count && glyphs[i].Raised && glyphs[i].Value.All(char.IsAsciiDigit) && (i == 0 || !glyphs[i].SpaceBefore))
        {
            i++;
        }

        if (i > 0)
        {
            label = string.Concat(glyphs.Take(i).Select(g => g.Value));
            labelGlyphs = i;
            return true;
        }

        var match = NumberedStart().Match(line.Text);
        if (match.Success && !glyphs[0].Raised && int.TryParse(match.Groups["n"].Value, out var number)
            && (number == 1 || (number > lastNote && number <= lastNote + 3))
            && (match.Groups["dot"].Success || line.Left <= line.ColumnLeft + 1))
        {
            // Without a full stop ("1 James D. Richardson"), only a line at the column's edge opens a note.
            label = match.Groups["n"].Value;
            labelGlyphs = match.Groups["n"].Length + (match.Groups["dot"].Success ? 1 : 0);
            return true;
        }

        label = string.Empty;
        labelGlyphs = 0;
        return false;
    }

    [GeneratedRegex(@"^\d{1,3}[.)]\s")]
    private static partial Regex DottedStart();

    [GeneratedRegex(@"^(?<n>\d{1,3})(?<dot>[.)])?\s")]
    private static partial Regex NumberedStart();
}

/// <summary>A horizontal stroke on a page (a footnote rule), in PDF points.</summary>
internal readonly record struct HorizontalRule(double Left, double Right, double Y);
