using System.Globalization;
using Pipeline.Diagnostics;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// pdftotext's reading order on a page in two columns. It prints a page as flows, a blank line
/// after each, taking the page's text blocks by the height at which each starts, whichever column
/// it stands in; a flow runs on only while the next block is in the same column. So the flows of
/// the body alternate between the columns (a head in a font of its own cuts a flow inside one
/// column), each column's flows keep their order, and the body reads right as the left column's
/// flows, then the right column's. Which flows belong to which column the text does not say: of
/// every way to deal them out, the one taken breaks the alternation least, keeps the call-outs in
/// number order, and lets each flow that starts mid-sentence follow one that stopped mid-sentence.
/// A document is read so only when on at least two pages its body's call-outs stand out of number
/// order as printed and in order when so dealt out; then each of its pages set with lines about as
/// short is, when one way is better than every other and better than the printed order. Where
/// two ways score alike the page is left as printed, with a warning.
/// </summary>
internal static class InterleavedColumns
{
    /// <summary>More flows than this on one page are not dealt out (2^n ways are scored).</summary>
    private const int MostFlows = 14;

    /// <summary>Pages whose call-outs the dealing puts back in order before the document is read as interleaved.</summary>
    private const int EvidencePages = 2;

    public static void Repair(List<PageParts> parts, DiagnosticBag diagnostics)
    {
        var opening = parts.FindIndex(p => p.Body.Count > 0);
        var plans = parts.Select((p, i) => Plan(p, i == opening)).ToList();
        var evidence = plans.Where(p => p is { Evidence: true }).ToList();
        if (evidence.Count < EvidencePages)
        {
            return;
        }

        // A page set across the full measure in a document in columns (a title page, an appendix) is
        // not dealt out: its flows are one column's heads and paragraphs.
        var columnLine = Median(evidence.SelectMany(p => p!.Lines).Select(l => l.Text.Length).ToList());
        for (var i = 0; i < parts.Count; i++)
        {
            if (plans[i] is not { } found || Median([.. found.Lines.Select(l => l.Text.Length)]) > columnLine * 1.25)
            {
                continue;
            }

            // Dealt again with the page before it as read (its own flows dealt already): where that page
            // stopped tells whether this one starts mid-sentence (PageSeamEnd).
            var plan = i > 0 && i != opening && parts[i - 1].Body.Count > 0
                ? Plan(parts[i], false, Ending(parts[i - 1].Body[^1].Text)) ?? found
                : found;
            if (plan.Order is null && !plan.Tied)
            {
                continue;
            }

            var part = parts[i];
            var first = part.Body[0].Number;
            if (plan.Order is null)
            {
                diagnostics.Warning(
                    ExtractedTextCodes.ColumnOrderUnknown,
                    first,
                    $"page {part.Page.Number}: its body's {plan.Flows.Count} blocks come from two columns in the extractor's reading order, and two ways of dealing them to the columns fit alike; the blocks are left as printed");
                continue;
            }

            part.Body.Clear();
            part.Body.AddRange(plan.Order.SelectMany(f => plan.Flows[f]));
            diagnostics.Info(
                ExtractedTextCodes.ColumnsInterleaved,
                first,
                $"page {part.Page.Number}: its body's {plan.Flows.Count} blocks alternate between two columns in the extractor's reading order; read as the left column's blocks ({string.Join(", ", plan.Order.Take(plan.Left).Select(f => plan.Flows[f][0].Number))}) then the right column's ({string.Join(", ", plan.Order.Skip(plan.Left).Select(f => plan.Flows[f][0].Number))}), by line");
        }
    }

    /// <summary>
    /// A page's flows and the best order found for them: <see cref="Order"/> null when the printed
    /// order is as good or two orders tie (<see cref="Tied"/>); <see cref="Evidence"/> when the printed
    /// order has call-outs out of number order and the best has none.
    /// </summary>
    private sealed record PagePlan(List<List<TextLine>> Flows, List<TextLine> Lines, int[]? Order, int Left, bool Tied, bool Evidence);

    /// <param name="part">The page, its foot already taken off.</param>
    /// <param name="opening">The document's first page with a body: its first flow (the title) stays first.</param>
    /// <param name="before">How the page before this one ended as read, when known: the flow read first goes on from it.</param>
    private static PagePlan? Plan(PageParts part, bool opening, End? before = null)
    {
        var flows = Flows(part.Body);
        if (flows.Count < 3 || flows.Count > MostFlows)
        {
            return null;
        }

        var numbers = part.Notes.Select(n => n.Number).ToHashSet();
        var calls = flows.Select(f => Calls(f, numbers)).ToList();
        var shapes = flows.Select(f => new Shape(StartsLower(f[0].Text), Ending(f[^1].Text), IntroducingColon.Ends(f[^1].Text), IntroducingColon.PlainStart(f[0].Text))).ToList();
        var fragments = flows.Select(HeadFragment.Is).ToList();
        var printed = Enumerable.Range(0, flows.Count).ToArray();
        var position = new int[flows.Count];
        _ = Cost(printed, 0, shapes, calls, position, before, out var printedInversions);
        var printedCost = int.MaxValue;
        var best = int.MaxValue;
        var bestInversions = 0;
        var bestOrder = new int[flows.Count];
        var bestLeft = 0;
        var tied = false;
        var ties = new List<(int Right, int[] Order, int Left, int Inversions)>();
        var order = new int[flows.Count];
        for (var right = 0; right < 1 << flows.Count; right++)
        {
            var left = Deal(right, order);
            if (opening && order[0] != 0)
            {
                continue;
            }

            var cost = Cost(order, right, shapes, calls, position, before, out var inversions);
            if (order.AsSpan().SequenceEqual(printed))
            {
                // The printed order is also the left column's first flows, then the rest.
                printedCost = Math.Min(printedCost, cost);
            }

            if (cost < best)
            {
                order.CopyTo(bestOrder, 0);
                (best, bestLeft, bestInversions, tied) = (cost, left, inversions, false);
                ties.Clear();
                ties.Add((right, [.. order], left, inversions));
            }
            else if (cost == best && !order.AsSpan().SequenceEqual(bestOrder))
            {
                tied = true;
                ties.Add((right, [.. order], left, inversions));
            }
        }

        if (tied && HeadFragment.Settle(ties.Select(t => t.Right).ToList(), fragments) is { } settled)
        {
            var pick = ties.First(t => t.Right == settled);
            pick.Order.CopyTo(bestOrder, 0);
            (bestLeft, bestInversions, tied) = (pick.Left, pick.Inversions, false);
        }

        var better = best < printedCost && !tied;
        return new PagePlan(
            flows,
            part.Body,
            better ? bestOrder : null,
            bestLeft,
            tied && best < printedCost,
            printedInversions > 0 && bestInversions == 0 && better);
    }

    /// <summary>
    /// Fills <paramref name="order"/> with the flows dealt left (bit clear in <paramref name="right"/>)
    /// in printed order, then those dealt right; returns how many went left.
    /// </summary>
    private static int Deal(int right, int[] order)
    {
        var next = 0;
        for (var f = 0; f < order.Length; f++)
        {
            if ((right & (1 << f)) == 0)
            {
                order[next++] = f;
            }
        }

        var left = next;
        for (var f = 0; f < order.Length; f++)
        {
            if ((right & (1 << f)) != 0)
            {
                order[next++] = f;
            }
        }

        return left;
    }

    /// <summary>The body's flows: runs of lines cut at a blank line or where the source's lines do not follow on.</summary>
    private static List<List<TextLine>> Flows(List<TextLine> body)
    {
        var flows = new List<List<TextLine>>();
        for (var i = 0; i < body.Count; i++)
        {
            if (i == 0 || body[i].AfterBlank || body[i].Number != body[i - 1].Number + 1)
            {
                flows.Add([]);
            }

            flows[^1].Add(body[i]);
        }

        return flows;
    }

    /// <summary>
    /// How badly an order reads: each pair of flows printed one after the other and dealt to the same
    /// column (1), a flow that starts mid-sentence after one that ended its sentence (2), one that
    /// stopped mid-word or mid-phrase before a capital (1; a comma also ends a head's piece), a flow
    /// and the mid-sentence one printed right after it parted (2), each pair of flows whose call-outs
    /// stand out of number order (3), a flow ending on an introducing colon read right before a new
    /// plain sentence (1), the first flow read against the page before it (<see cref="PageSeamEnd"/>).
    /// <paramref name="right"/>: the flows dealt right, as bits;
    /// <paramref name="position"/>: a buffer as long as the order, overwritten.
    /// </summary>
    private static int Cost(int[] order, int right, List<Shape> shapes, List<(int First, int Last)?> calls, int[] position, End? before, out int inversions)
    {
        var cost = PageSeamEnd(before, shapes[order[0]]);
        for (var p = 0; p < order.Length; p++)
        {
            position[order[p]] = p;
        }

        for (var f = 0; f + 1 < order.Length; f++)
        {
            if (((right >> f) & 1) == ((right >> (f + 1)) & 1))
            {
                cost++;
            }

            if ((shapes[f].End is End.Open or End.Comma) && shapes[f + 1].Lower && position[f + 1] != position[f] + 1)
            {
                cost += 2;
            }
        }

        for (var p = 1; p < order.Length; p++)
        {
            var previous = shapes[order[p - 1]];
            var current = shapes[order[p]];
            if (current.Lower && previous.End == End.Closed)
            {
                cost += 2;
            }
            else if (!current.Lower && previous.End == End.Open)
            {
                cost++;
            }

            if (previous.IntroducesNext && current.PlainStart)
            {
                cost++;
            }
        }

        inversions = 0;
        for (var p = 0; p < order.Length; p++)
        {
            for (var q = p + 1; q < order.Length; q++)
            {
                if (calls[order[p]] is { } earlier && calls[order[q]] is { } later && earlier.Last > later.First)
                {
                    inversions++;
                }
            }
        }

        return cost + (3 * inversions);
    }

    /// <summary>The least and the greatest of the page's note numbers a flow calls (candidates whose digits are one of them); null when none.</summary>
    private static (int First, int Last)? Calls(List<TextLine> flow, HashSet<int> numbers)
    {
        var called = flow.SelectMany(l => CallOutCandidates.Find(l.Text))
            .Select(c => int.TryParse(c.Digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(numbers.Contains)
            .ToList();
        return called.Count == 0 ? null : (called.Min(), called.Max());
    }

    /// <summary>
    /// The flow read first on a page after the page before it ended as <paramref name="before"/>: as
    /// between two flows, one starting mid-sentence after a sentence's end (2), or a new sentence after
    /// one stopped mid-phrase (1). pdftotext may print a page's right column first where it starts
    /// higher; a flow in lower case there goes on from the left column's last line, not from the page before.
    /// </summary>
    private static int PageSeamEnd(End? before, Shape first) =>
        before == End.Closed && first.Lower ? 2
        : before == End.Open && !first.Lower ? 1
        : 0;

    private static bool StartsLower(string text)
    {
        var trimmed = text.TrimStart('“', '‘', '"', '\'', '(', '[');
        return trimmed.Length > 0 && char.IsLower(trimmed[0]);
    }

    /// <summary>How a flow's last line ends, a call-out glued to it set aside.</summary>
    private static End Ending(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsAsciiDigit(text[end - 1]))
        {
            end--;
        }

        if (end == text.Length || end == 0 || text[end - 1] == ' ')
        {
            end = text.Length;
        }

        var trimmed = text[..end].TrimEnd('"', '\'', '’', '”', '»', ')', ']', ' ');
        if (trimmed.Length == 0)
        {
            return End.Other;
        }

        var c = trimmed[^1];
        return c is '.' or '?' or '!' or ':' or ';' or '…' ? End.Closed
            : char.IsLetter(c) || c is '-' or '—' or '–' ? End.Open
            : c == ',' ? End.Comma
            : End.Other;
    }

    private static double Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        return values[values.Count / 2];
    }

    private enum End
    {
        Other,
        Closed,
        Open,
        Comma,
    }

    /// <param name="Lower">The flow opens in lower case: mid-sentence.</param>
    /// <param name="End">How the flow's last line ends.</param>
    /// <param name="IntroducesNext">The flow ends on a colon (<see cref="IntroducingColon"/>).</param>
    /// <param name="PlainStart">The flow opens with a capital letter, no quotation or list mark before it.</param>
    private readonly record struct Shape(bool Lower, End End, bool IntroducesNext, bool PlainStart);
}
