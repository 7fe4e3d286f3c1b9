using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Diagnostics;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// pdftotext prints raised call-outs that stand near each other on lines of their own, and not
/// always in reading order (a line holding 24, then one holding 23). Two such lines next to each
/// other, the first one more than the second and both note numbers, are put back in order, so the
/// numbering, which takes call-outs only in sequence, does not stall at the pair. A longer run of
/// lines holding only numbers (a table's column) is left alone.
/// </summary>
internal static partial class SwappedCallOuts
{
    public static void Repair(List<PageParts> parts, IReadOnlySet<int> noteNumbers, DiagnosticBag diagnostics)
    {
        foreach (var body in parts.Select(p => p.Body))
        {
            for (var i = 0; i + 1 < body.Count; i++)
            {
                if (Number(body[i]) is not { } first || Number(body[i + 1]) is not { } second || first != second + 1
                    || !noteNumbers.Contains(first) || !noteNumbers.Contains(second)
                    || (i > 0 && Number(body[i - 1]) is not null) || (i + 2 < body.Count && Number(body[i + 2]) is not null))
                {
                    continue;
                }

                (body[i], body[i + 1]) = (body[i] with { Text = body[i + 1].Text }, body[i + 1] with { Text = body[i].Text });
                diagnostics.Info(
                    ExtractedTextCodes.CallOutsReordered,
                    body[i].Number,
                    $"call-outs {first} (line {body[i].Number}) and {second} (line {body[i + 1].Number}) stand on lines of their own in reverse order; read as {second}, {first}");
                i++;
            }
        }
    }

    /// <summary>The note number a line holds alone (a raised call-out pdftotext printed on a line of its own), or null.</summary>
    internal static int? Number(TextLine line) =>
        OnlyNumber().IsMatch(line.Text) ? int.Parse(line.Text, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex OnlyNumber();
}
