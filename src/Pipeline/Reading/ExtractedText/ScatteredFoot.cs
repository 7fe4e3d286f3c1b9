namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// A page foot whose notes the extractor printed out of number order. pdftotext's default (reading
/// order) mode prints the feet of a two-column page as blocks of both columns in any order ("17…25"
/// then "14…16", or one column's notes and the other's block by block), and a number set apart from
/// its note's text as a line of its own, sometimes above one block holding several notes' texts.
/// The foot is the run of lines at the page's end whose note numbers, taken together, are the notes
/// due next, each once and each called above it. In it a numbered line starts its note and the
/// lines right under it go on with it. A block after a blank line goes to the bare numbers waiting
/// for their texts (cut at its sentence ends, one piece a number), else on with the note that has
/// waited longest for its end (pdftotext returns to the other column where it left it), else it is
/// body text the foot interrupted.
/// </summary>
internal static class ScatteredFoot
{
    /// <summary>How far past the next note due a page's foot may reach.</summary>
    private const int Window = 40;

    /// <summary>
    /// The foot from line <paramref name="Start"/>: its notes in number order, the lines that continue
    /// the previous page's last note, the body lines found inside it, and the notes whose number stood
    /// alone with no text found for it.
    /// </summary>
    public sealed record Foot(int Start, List<FoundNote> Notes, List<TextLine> Continuation, List<TextLine> Resumed, List<int> Textless)
    {
        /// <summary>Lines between the feet that no note takes once the pieces are counted (<see cref="StrayLine"/>): a page's footer.</summary>
        public List<TextLine> Stray { get; init; } = [];
    }

    /// <summary>
    /// The foot of a page whose notes due from <paramref name="expected"/> start out of number order;
    /// null when they stand in order (or there are none), which the ordered reading handles.
    /// </summary>
    public static Foot? TryRead(List<TextLine> lines, int expected, List<TextLine> previousBody, bool previousOpen)
    {
        // A number on two lines may be a call-out the extractor put on a line of its own (the earlier)
        // or a note's text that begins with a number ("3 Stat. 441.", the later): the foot is out of
        // order only when it is so whichever line is the note's.
        var kept = Kept(Starts(lines, expected, previousBody, last: true), expected);
        if (kept is null || Kept(Starts(lines, expected, previousBody, last: false), expected) is null)
        {
            return null;
        }

        var start = kept.Keys.Min();
        var above = TextAboveFoot.Find(lines, start, kept, previousOpen);
        var foot = Walk(lines, start, kept, previousOpen && above is null, above?.Texts);
        return above is null ? foot : foot with { Start = above.Start, Continuation = above.Continuation };
    }

    /// <summary>The note start lines (line index to number) of the notes due in a row; null when none or in order.</summary>
    private static Dictionary<int, int>? Kept(Dictionary<int, int> starts, int expected)
    {
        var count = 0;
        while (starts.ContainsKey(expected + count))
        {
            count++;
        }

        var kept = starts.Where(s => s.Key < expected + count).ToDictionary(s => s.Value, s => s.Key);
        var byNumber = kept.OrderBy(k => k.Value).Select(k => k.Key).ToList();
        return count == 0 || byNumber.Zip(byNumber.Skip(1)).All(p => p.First < p.Second) ? null : kept;
    }

    /// <summary>Per note number due, the first (or <paramref name="last"/>) line starting with it after a call-out candidate for it.</summary>
    private static Dictionary<int, int> Starts(List<TextLine> lines, int expected, List<TextLine> previousBody, bool last)
    {
        var called = new HashSet<int>();
        void Mark(TextLine line)
        {
            foreach (var candidate in CallOutCandidates.Find(line.Text))
            {
                for (var n = expected; n < expected + Window; n++)
                {
                    if (NoteSequence.CouldCall(candidate.Digits, n))
                    {
                        called.Add(n);
                        called.Add(n + 1);
                    }
                }
            }
        }

        previousBody.ForEach(Mark);
        var starts = new Dictionary<int, int>();
        for (var k = 0; k < lines.Count; k++)
        {
            if (k > 0 && NoteLine.TryParse(lines[k].Text, out var n, out _) && n >= expected && n < expected + Window && called.Contains(n))
            {
                if (last)
                {
                    starts[n] = k;
                }
                else
                {
                    starts.TryAdd(n, k);
                }
            }

            Mark(lines[k]);
        }

        return starts;
    }

    // above: texts of bare numbers printed above the foot (TextAboveFoot).
    private static Foot Walk(List<TextLine> lines, int start, Dictionary<int, int> kept, bool previousOpen, Dictionary<int, List<TextLine>>? above)
    {
        var notes = new List<FoundNote>();
        var continuation = new FoundNote(0, []);
        var open = previousOpen ? new List<FoundNote> { continuation } : [];
        var pending = new SortedSet<int>();
        var resumed = new List<TextLine>();
        var stray = new StrayLine();
        FoundNote? current = null;
        var inBody = false;
        var trailing = TrailingNumbers.AtEnd(lines, kept);
        var early = new HashSet<int>();
        void Settle(FoundNote note)
        {
            open.Remove(note);
            if (!NoteZones.EndsComplete(note))
            {
                open.Add(note);
            }
        }

        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (kept.TryGetValue(i, out var number))
            {
                if (early.Remove(number))
                {
                    current = null;
                    inBody = false;
                    continue;
                }

                NoteLine.TryParse(line.Text, out _, out var rest);
                if (rest.Length == 0 && above?.GetValueOrDefault(number) is { } printedAbove)
                {
                    var placed = new FoundNote(number, [.. printedAbove]);
                    notes.Add(placed);
                    Settle(placed);
                    current = null;
                    inBody = false;
                    continue;
                }

                var note = new FoundNote(number, rest.Length > 0 ? [line with { Text = rest }] : []);
                notes.Add(note);
                current = rest.Length > 0 ? note : null;
                inBody = false;
                if (current is null)
                {
                    pending.Add(number);
                }
                else
                {
                    Settle(note);
                }

                continue;
            }

            if (!line.AfterBlank && (current is not null || inBody))
            {
                if (current is not null)
                {
                    current.Lines.Add(line);
                    Settle(current);
                }
                else
                {
                    resumed.Add(line);
                }

                continue;
            }

            var block = Block(lines, i, kept);
            var pieces = Pieces(block);
            if (stray.GiveBack(pending, pieces.Count) is { } given)
            {
                open.Remove(given);
            }

            if (pending.Count > 0 && pieces.Count > pending.Count && TakeAhead(pending, pieces.Count, trailing, notes) is { } ahead)
            {
                early.UnionWith(ahead);
            }

            if (pending.Count > 0 && pieces.Count <= pending.Count)
            {
                stray.Consider(block, pieces.Count, pending, notes);
                foreach (var piece in pieces)
                {
                    var number2 = pending.Min;
                    pending.Remove(number2);
                    var note = notes.First(n => n.Number == number2);
                    note.Lines.AddRange(piece);
                    current = note;
                }

                Settle(current!);
                inBody = false;
                i += block.Count - 1;
                continue;
            }

            if (open.Count > 0)
            {
                current = open[0];
                current.Lines.Add(line);
                Settle(current);
                inBody = false;
                continue;
            }

            resumed.Add(line);
            current = null;
            inBody = true;
        }

        var textless = notes.Where(n => n.Lines.Count == 0).Select(n => n.Number).Order().ToList();
        return new Foot(start, [.. notes.OrderBy(n => n.Number)], continuation.Lines, resumed, textless) { Stray = stray.Lines };
    }

    /// <summary>
    /// The numbers still to come at the foot's end (<see cref="TrailingNumbers"/>) that make up the
    /// pieces' count with the numbers waiting: their notes are made now and wait too; null when
    /// there are too few.
    /// </summary>
    private static List<int>? TakeAhead(SortedSet<int> pending, int pieces, SortedSet<int> trailing, List<FoundNote> notes)
    {
        var ahead = trailing.Where(n => notes.All(note => note.Number != n)).Take(pieces - pending.Count).ToList();
        if (pending.Count + ahead.Count != pieces)
        {
            return null;
        }

        foreach (var number in ahead)
        {
            notes.Add(new FoundNote(number, []));
            pending.Add(number);
        }

        return ahead;
    }

    /// <summary>The lines from <paramref name="from"/> up to the next blank line or numbered note.</summary>
    private static List<TextLine> Block(List<TextLine> lines, int from, Dictionary<int, int> kept)
    {
        var block = new List<TextLine> { lines[from] };
        for (var k = from + 1; k < lines.Count && !lines[k].AfterBlank && !kept.ContainsKey(k); k++)
        {
            block.Add(lines[k]);
        }

        return block;
    }

    /// <summary>A block cut after each line that ends a sentence before a line starting with a capital.</summary>
    internal static List<List<TextLine>> Pieces(List<TextLine> block)
    {
        var pieces = new List<List<TextLine>> { new() };
        for (var k = 0; k < block.Count; k++)
        {
            pieces[^1].Add(block[k]);
            if (k + 1 < block.Count && EndsSentence(block[k].Text) && StartsSentence(block[k + 1].Text))
            {
                pieces.Add([]);
            }
        }

        return pieces;
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd(')', ']', '”', '’', '"', '\'', ' ');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '?' or '!';
    }

    private static bool StartsSentence(string text)
    {
        var trimmed = text.TrimStart('“', '‘', '"', '\'', '(', '[');
        return trimmed.Length > 0 && char.IsUpper(trimmed[0]);
    }
}
