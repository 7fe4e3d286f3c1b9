using Pipeline.Diagnostics;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Two printed lines, each cut by a raised call-out, that pdftotext prints as pieces out of reading
/// order. The printed lines <c>… to their parents.”23 Contextualizing 4-H learning as “hybrid</c> and
/// <c>literacies,”24 I. Moriah McCracken …</c> come out as the first line's words before its call-out,
/// the second line's words before its call-out, the two call-outs (any order), the first line's words
/// after its call-out, then the rest. The quotation marks tell where the stray piece belongs: it
/// closes a quotation it does not open, the line after the call-outs opens one it does not close,
/// and the line before it leaves none open. The lines are then read in the printed order: the line
/// before, the lower call-out, the line that opens the quotation with the piece that closes it
/// joined to it (one printed line), the higher call-out. With any quotation mark out of that pattern the lines stay as printed.
/// </summary>
internal static class QuotedCallOutPieces
{
    public static void Repair(List<PageParts> parts, IReadOnlySet<int> noteNumbers, DiagnosticBag diagnostics)
    {
        foreach (var body in parts.Select(p => p.Body))
        {
            for (var i = 1; i + 3 < body.Count; i++)
            {
                var (before, piece, opening) = (body[i - 1], body[i], body[i + 3]);
                if (SwappedCallOuts.Number(body[i + 1]) is not { } a || SwappedCallOuts.Number(body[i + 2]) is not { } b || Math.Abs(a - b) != 1
                    || !noteNumbers.Contains(a) || !noteNumbers.Contains(b)
                    || Balance(before.Text) > 0 || Balance(piece.Text) != -1 || !EndsInClosingQuote(piece.Text)
                    || Balance(opening.Text) != 1)
                {
                    continue;
                }

                var (low, high) = (body[i + 1].Text, body[i + 2].Text);
                if (a > b)
                {
                    (low, high) = (high, low);
                }

                // The piece goes on the line it ends, so that the two are one line as printed.
                (body[i], body[i + 1], body[i + 2]) = (
                    body[i] with { Text = low },
                    body[i + 1] with { Text = opening.Text + " " + piece.Text },
                    body[i + 2] with { Text = high });
                body.RemoveAt(i + 3);
                diagnostics.Info(
                    ExtractedTextCodes.CallOutsReordered,
                    piece.Number,
                    $"the piece '{piece.Text}' (line {piece.Number}) closes the quotation line {opening.Number} opens: read after it, call-out {Math.Min(a, b)} before it and {Math.Max(a, b)} after it");
                i += 2;
            }
        }
    }

    /// <summary>Opening double quotation marks less closing ones: 1 leaves a quotation open, −1 closes one opened earlier.</summary>
    private static int Balance(string text) => text.Count(c => c is '“' or '«') - text.Count(c => c is '”' or '»');

    /// <summary>The piece stops at its closing quotation mark (after or before its punctuation), where the raised number stood.</summary>
    private static bool EndsInClosingQuote(string text)
    {
        var trimmed = text.TrimEnd(',', '.', ';', ':');
        return trimmed.Length > 0 && trimmed[^1] is '”' or '»';
    }
}
