using System.Text.RegularExpressions;
using Pipeline.Diagnostics;
using Pipeline.Stages.Dehyphenation;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Finds the notes of extractor text, which carries no rule or markup for them. Endnotes: a "Notes"
/// heading followed by note 1, then every note in turn. Footnotes: on each page, the first line that
/// starts with the next note number due, when the body above it holds a call-out candidate for that
/// number, begins the page's foot; the notes there follow each other in number order, and every
/// other line continues the note before it. When the previous page's last note stopped mid-sentence,
/// the line above the foot is its continuation.
/// </summary>
internal static partial class NoteZones
{
    public static List<PageParts> Find(List<TextPage> pages, DiagnosticBag diagnostics, Func<IWordList?>? words = null)
    {
        var parts = pages.Select(page => new PageParts(page)).ToList();
        if (!FindEndnotes(parts, diagnostics))
        {
            FindFootnotes(parts, diagnostics, words);
        }

        if (parts.All(p => p.Notes.Count == 0 && p.Endnotes.Count == 0))
        {
            diagnostics.Info(ExtractedTextCodes.NoNotes, 0, "no numbered notes found at page feet or under a \"Notes\" heading");
        }

        return parts;
    }

    private static bool FindEndnotes(List<PageParts> parts, DiagnosticBag diagnostics)
    {
        var flat = parts.SelectMany((p, pi) => p.Body.Select((line, li) => (Page: pi, Index: li, Line: line))).ToList();
        var heading = -1;
        for (var i = flat.Count - 2; i >= 0; i--)
        {
            if (NotesHeading().IsMatch(flat[i].Line.Text) && NoteLine.TryParse(flat[i + 1].Line.Text, out var n, out _) && n == 1)
            {
                heading = i;
                break;
            }
        }

        if (heading < 0)
        {
            return false;
        }

        var notes = new List<FoundNote>();
        var taken = new HashSet<(int, int)> { (flat[heading].Page, flat[heading].Index) };
        for (var i = heading + 1; i < flat.Count; i++)
        {
            var line = flat[i].Line;
            if (BackMatterHeading().IsMatch(line.Text))
            {
                break;
            }

            if (notes.Count > 0 && FigureList.IsHeading(line, flat[i].Index == 0))
            {
                TakeFigureList(parts, flat, i, taken, diagnostics);
                break;
            }

            if (NoteLine.TryParse(line.Text, out var n, out var rest) && n == notes.Count + 1)
            {
                notes.Add(new FoundNote(n, rest.Length > 0 ? [line with { Text = rest }] : []));
            }
            else
            {
                notes[^1].Lines.Add(line);
            }

            taken.Add((flat[i].Page, flat[i].Index));
        }

        SplitNumberRuns(notes);
        var home = parts[flat[heading].Page];
        home.Endnotes.AddRange(notes);
        for (var p = 0; p < parts.Count; p++)
        {
            var body = parts[p].Body;
            var kept = body.Where((_, li) => !taken.Contains((p, li))).ToList();
            body.Clear();
            body.AddRange(kept);
        }

        diagnostics.Info(
            ExtractedTextCodes.EndnotesFound,
            flat[heading].Line.Number,
            $"read {notes.Count} endnotes under the heading '{flat[heading].Line.Text}' on line {flat[heading].Line.Number}");
        return true;
    }

    /// <summary>Takes the figure list whose head is <paramref name="head"/> out of the body, to the next back-matter head.</summary>
    private static void TakeFigureList(List<PageParts> parts, List<(int Page, int Index, TextLine Line)> flat, int head, HashSet<(int, int)> taken, DiagnosticBag diagnostics)
    {
        var end = head + 1;
        while (end < flat.Count && !BackMatterHeading().IsMatch(flat[end].Line.Text))
        {
            end++;
        }

        for (var k = head; k < end; k++)
        {
            taken.Add((flat[k].Page, flat[k].Index));
        }

        var part = parts[flat[head].Page];
        part.Figures = FigureList.Build(flat[head].Line, [.. flat.Skip(head + 1).Take(end - head - 1).Select(f => f.Line)], part.Page.Number);
        diagnostics.Info(
            ExtractedTextCodes.FigureList,
            flat[head].Line.Number,
            $"the head '{flat[head].Line.Text}' on line {flat[head].Line.Number} opens a list of figure captions after the endnotes: the last note ends there, the captions go to an appendix");
    }

    private static void FindFootnotes(List<PageParts> parts, DiagnosticBag diagnostics, Func<IWordList?>? words)
    {
        var expected = 1;
        FoundNote? last = null;
        var previousBody = new List<TextLine>();
        foreach (var part in parts)
        {
            var lines = part.Body;
            var scattered = ScatteredFoot.TryRead(lines, expected, previousBody, last is not null && !EndsComplete(last));
            if (scattered is not null)
            {
                TakeScattered(part, scattered, last, diagnostics);
                previousBody = [.. lines];
                expected = scattered.Notes[^1].Number + 1;
                last = scattered.Notes[^1];
                continue;
            }

            var start = ZoneStart(lines, expected, previousBody);
            if (start < 0)
            {
                previousBody = [.. lines];
                continue;
            }

            var (notes, resumed) = ParseZone(lines.GetRange(start, lines.Count - start), expected, lines.GetRange(0, start));
            var bodyEnd = start;
            if (last is not null && start > 1 && !EndsComplete(last))
            {
                bodyEnd = ContinuedNote.Start(lines, start, last, words);
                part.Continuation.AddRange(lines.GetRange(bodyEnd, start - bodyEnd));
            }

            part.Notes.AddRange(notes);
            lines.RemoveRange(bodyEnd, lines.Count - bodyEnd);
            lines.AddRange(resumed);
            previousBody = [.. lines];
            expected = notes[^1].Number + 1;
            last = notes[^1];
        }
    }

    private static void TakeScattered(PageParts part, ScatteredFoot.Foot foot, FoundNote? last, DiagnosticBag diagnostics)
    {
        var lines = part.Body;
        var at = lines[foot.Start].Number;
        var bodyEnd = foot.Start;
        part.Continuation.AddRange(foot.Continuation);
        if (foot.Continuation.Count == 0 && last is not null && bodyEnd > 1 && !EndsComplete(last))
        {
            part.Continuation.Add(lines[bodyEnd - 1]);
            bodyEnd--;
        }

        part.Notes.AddRange(foot.Notes);
        part.FootOutOfOrder = true;
        foreach (var line in foot.Stray)
        {
            diagnostics.Info(
                ExtractedTextCodes.FootStrayLine,
                line.Number,
                $"page {part.Page.Number}: line {line.Number} ('{line.Text}') stands alone between the feet and no note takes it once their pieces are counted; read as page furniture");
        }

        lines.RemoveRange(bodyEnd, lines.Count - bodyEnd);
        lines.AddRange(foot.Resumed);
        var first = foot.Notes[0].Number;
        diagnostics.Info(
            ExtractedTextCodes.FootOutOfOrder,
            at,
            $"page {part.Page.Number}: notes {first}–{foot.Notes[^1].Number} stand out of number order at its foot (a page in columns read in reading order); they are read by their numbers, a block without one going on with the note left open longest");
        foreach (var number in foot.Textless)
        {
            diagnostics.Warning(
                ExtractedTextCodes.NoteTextMissing,
                at,
                $"page {part.Page.Number}: the number of note {number} stands alone at its foot and no text for it was found there; the note is left empty");
        }
    }

    /// <summary>The first line starting with note <paramref name="expected"/> after a call-out candidate for it; -1 when none.</summary>
    private static int ZoneStart(List<TextLine> lines, int expected, List<TextLine> previousBody)
    {
        var called = previousBody.Any(line => Mentions(line, expected));
        for (var k = 0; k < lines.Count; k++)
        {
            if (k > 0 && called && NoteLine.TryParse(lines[k].Text, out var n, out _) && n == expected)
            {
                return k;
            }

            called = called || Mentions(lines[k], expected);
        }

        return -1;
    }

    private static bool Mentions(TextLine line, int number) =>
        CallOutCandidates.Find(line.Text).Any(c => NoteSequence.CouldCall(c.Digits, number));

    private static bool MarkedCall(TextLine line, int number) =>
        line.Text.Contains('^', StringComparison.Ordinal)
        && CallOutCandidates.Find(line.Text).Any(c => line.Text[c.Index] == '^' && NoteSequence.CouldCall(c.Digits, number));

    /// <summary>
    /// The notes of a page's foot zone, and the body lines that resume inside it: a page printed in
    /// columns has a foot at each column's end, so after a note the text may return to the body (the
    /// next column) until the next note due starts the next foot. Body resumes only when the lines up
    /// to that note hold a call-out candidate for it.
    /// </summary>
    private static (List<FoundNote> Notes, List<TextLine> Resumed) ParseZone(List<TextLine> zone, int expected, List<TextLine> above)
    {
        var notes = new List<FoundNote>();
        var resumed = new List<TextLine>();
        for (var i = 0; i < zone.Count; i++)
        {
            var line = zone[i];
            if (NoteLine.TryParse(line.Text, out var n, out var rest) && n == expected)
            {
                notes.Add(new FoundNote(n, rest.Length > 0 ? [line with { Text = rest }] : []));
                expected++;
                continue;
            }

            // A note cut mid-sentence goes on with a line that ends it; else the body may resume at once
            // and the note go on in the next column's foot.
            var complete = EndsComplete(notes[^1]);
            var endsNote = !complete && EndsComplete(new FoundNote(0, [line]));
            if (!complete && !endsNote && notes[^1].Lines.Count > 0 && !line.AfterBlank
                && NoteRunsToBlank.End(zone, i, expected, k => NextFoot(zone, k, expected, 2) >= 0) is var end and >= 0)
            {
                notes[^1].Lines.AddRange(zone.GetRange(i, end - i + 1));
                i = end;
                continue;
            }

            var next = notes[^1].Lines.Count > 0 && !endsNote ? NextFoot(zone, i, expected, complete ? 2 : 3) : -1;
            if (next < 0 && complete && line.AfterBlank && UncalledBody(zone, i, expected, above, notes) is var blockEnd and >= 0)
            {
                resumed.AddRange(zone.GetRange(i, blockEnd - i));
                i = blockEnd - 1;
                continue;
            }

            if (next < 0)
            {
                notes[^1].Lines.Add(line);
                continue;
            }

            var body = zone.GetRange(i, next - i);
            if (!complete && next < zone.Count)
            {
                // The note ran on into the next column's foot, above its first numbered note.
                notes[^1].Lines.Add(body[^1]);
                body.RemoveAt(body.Count - 1);
            }

            resumed.AddRange(body);
            i = next - 1;
        }

        SplitNumberRuns(notes);
        TrailingNumbers.Share(notes);
        return (notes, resumed);
    }

    /// <summary>
    /// The end (exclusive) of the block from <paramref name="from"/> to the next note's start or the
    /// zone's end when it reads as body by its type (<see cref="BodyAfterFoot"/>); -1 otherwise.
    /// </summary>
    private static int UncalledBody(List<TextLine> zone, int from, int expected, List<TextLine> above, List<FoundNote> notes)
    {
        var end = from;
        while (end < zone.Count && !(NoteLine.TryParse(zone[end].Text, out var n, out _) && n == expected))
        {
            end++;
        }

        return BodyAfterFoot.IsBody(zone.GetRange(from, end - from), above, notes) ? end : -1;
    }

    /// <summary>
    /// Where the next foot starts when the body resumes at <paramref name="from"/>: the next line
    /// starting with note <paramref name="expected"/>, when at least <paramref name="fewest"/> lines
    /// stand before it and one calls it (or the page's end, when no such line follows but the rest mentions it); -1
    /// when the lines from <paramref name="from"/> read as the current note going on. A call-out the
    /// extractor marked (pdf.js: <c>^37</c>, a whole block on one line) is body for certain, however few its lines.
    /// </summary>
    private static int NextFoot(List<TextLine> zone, int from, int expected, int fewest)
    {
        var called = false;
        var marked = false;
        for (var k = from; k < zone.Count; k++)
        {
            if (NoteLine.TryParse(zone[k].Text, out var n, out _) && n == expected)
            {
                return (k - from >= fewest || marked) && called ? k : -1;
            }

            // The call-out of the next note may be one the candidates miss; the one after it counts too.
            called = called || Mentions(zone[k], expected) || Mentions(zone[k], expected + 1);
            marked = marked || MarkedCall(zone[k], expected) || MarkedCall(zone[k], expected + 1);
        }

        return called && zone.Count - from > fewest ? zone.Count : -1;
    }

    /// <summary>
    /// Some extractors print a page's note numbers in a column of their own, before the notes'
    /// texts ("1 2 3" then three texts): the run of empty notes shares the lines of the note after
    /// it, cut where a line stops short of the right margin (a note's last line).
    /// </summary>
    private static void SplitNumberRuns(List<FoundNote> notes)
    {
        for (var i = 0; i < notes.Count; i++)
        {
            if (notes[i].Lines.Count > 0)
            {
                continue;
            }

            var j = i;
            while (j < notes.Count && notes[j].Lines.Count == 0)
            {
                j++;
            }

            if (j >= notes.Count || j == i)
            {
                break;
            }

            var group = notes.GetRange(i, j - i + 1);
            var lines = notes[j].Lines;
            var cuts = ShortLines(lines, group.Count - 1);
            if (cuts is null)
            {
                i = j;
                continue;
            }

            var from = 0;
            for (var g = 0; g < group.Count; g++)
            {
                var to = g < cuts.Count ? cuts[g] + 1 : lines.Count;
                var mine = lines.GetRange(from, to - from);
                group[g].Lines.Clear();
                group[g].Lines.AddRange(mine);
                from = to;
            }

            i = j;
        }
    }

    /// <summary>The indices of the <paramref name="count"/> lines (last line aside) that stop shortest of the right margin, in order; null when too few do.</summary>
    private static List<int>? ShortLines(List<TextLine> lines, int count)
    {
        if (lines.Count < count + 1)
        {
            return null;
        }

        var margin = lines.Max(l => l.Right);
        var candidates = Enumerable.Range(0, lines.Count - 1)
            .Where(i => lines[i].Right < margin * 0.85)
            .OrderBy(i => lines[i].Right)
            .Take(count)
            .Order()
            .ToList();
        return candidates.Count == count ? candidates : null;
    }

    /// <summary>True when a note's last line ends as a note ends: sentence punctuation, a number, a closing bracket, a URL.</summary>
    internal static bool EndsComplete(FoundNote note)
    {
        if (note.Lines.Count == 0)
        {
            return false;
        }

        var text = note.Lines[^1].Text.TrimEnd('"', '\'', '’', '”', '»', ' ');
        if (text.Length == 0)
        {
            return true;
        }

        if (NameInitials.EndLine(text) || LocatorEnd.EndLine(text))
        {
            return false;
        }

        var lastWord = text[(text.LastIndexOf(' ') + 1)..];
        var c = text[^1];
        return c is '.' or '?' or '!' or ')' or ']' or '…' || char.IsDigit(c) || lastWord.Contains('/', StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:end\s*)?notes\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotesHeading();

    [GeneratedRegex(@"^(?:bibliography|references|works cited|sources|acknowledge?ments?)$", RegexOptions.IgnoreCase)]
    private static partial Regex BackMatterHeading();
}
