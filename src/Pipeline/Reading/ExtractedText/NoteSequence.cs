using System.Globalization;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// The note numbers of a document in order, and how far the call-outs found so far have come: a
/// candidate digit run is a call-out only when it is the next number due (or, glued to a word, the
/// one after it, the missed one reported), or the next two or three due written together
/// (<c>34</c> for notes 3 and 4).
/// </summary>
internal sealed class NoteSequence(IReadOnlyList<int> numbers)
{
    private readonly HashSet<int> _called = [];

    public int Cursor { get; private set; }

    public IReadOnlyList<int> Numbers { get; } = numbers;

    /// <summary>
    /// When <paramref name="digits"/> are the call-out(s) due, with none beyond index
    /// <paramref name="limit"/>, returns their numbers and moves on; the numbers skipped over (at most
    /// one) come back in <paramref name="skipped"/>. From index <paramref name="unorderedFrom"/> up to
    /// the limit, call-outs may come in any order (a page whose foot was read out of number order was
    /// read so in its body too): a glued run naming one of those notes not yet called is taken there.
    /// A call-out the extractor <paramref name="marked"/> (pdf.js: <c>^31</c>) is one for certain: it is
    /// taken however many notes due before it went without one (all of them come back skipped), so that
    /// a run of call-outs lost inside a note does not stall the numbering for the rest of the document.
    /// </summary>
    public bool TryTake(string digits, bool glued, int limit, out int[] taken, out int[] skipped, int unorderedFrom = int.MaxValue, bool marked = false)
    {
        taken = [];
        skipped = [];
        limit = Math.Min(limit, Numbers.Count - 1);
        if (Cursor > limit)
        {
            return false;
        }

        if (Text(Cursor) == digits)
        {
            taken = [Numbers[Cursor]];
            _called.Add(Cursor);
            Advance();
            return true;
        }

        var joined = Text(Cursor);
        for (var extra = 1; extra <= 2 && Cursor + extra <= limit; extra++)
        {
            joined += Text(Cursor + extra);
            if (joined == digits)
            {
                taken = [.. Numbers.Skip(Cursor).Take(extra + 1)];
                for (var i = 0; i <= extra; i++)
                {
                    _called.Add(Cursor + i);
                }

                Cursor += extra;
                Advance();
                return true;
            }
        }

        for (var i = Math.Max(Cursor, unorderedFrom); glued && i <= limit; i++)
        {
            if (!_called.Contains(i) && Text(i) == digits)
            {
                taken = [Numbers[i]];
                _called.Add(i);
                return true;
            }
        }

        if (glued && Cursor + 1 <= limit && Text(Cursor + 1) == digits)
        {
            skipped = [Numbers[Cursor]];
            taken = [Numbers[Cursor + 1]];
            _called.Add(Cursor + 1);
            Cursor++;
            Advance();
            return true;
        }

        return marked && TakeAhead(digits, limit, out taken, out skipped);
    }

    private bool TakeAhead(string digits, int limit, out int[] taken, out int[] skipped)
    {
        taken = [];
        skipped = [];
        for (var i = Cursor + 1; i <= limit; i++)
        {
            if (_called.Contains(i) || Text(i) != digits)
            {
                continue;
            }

            skipped = [.. Enumerable.Range(Cursor, i - Cursor).Where(j => !_called.Contains(j)).Select(j => Numbers[j])];
            taken = [Numbers[i]];
            _called.Add(i);
            Cursor = i;
            Advance();
            return true;
        }

        return false;
    }

    /// <summary>Moves past the note just called and any called out of order after it.</summary>
    private void Advance()
    {
        Cursor++;
        while (_called.Contains(Cursor))
        {
            Cursor++;
        }
    }

    /// <summary>True when the note at <paramref name="index"/> of <see cref="Numbers"/> got its call-out.</summary>
    public bool IsCalled(int index) => _called.Contains(index);

    /// <summary>True when a digit run could be call-out <paramref name="number"/>, alone or written together with the next.</summary>
    public static bool CouldCall(string digits, int number)
    {
        var text = number.ToString(CultureInfo.InvariantCulture);
        return digits == text
            || (digits.StartsWith(text, StringComparison.Ordinal)
                && digits == text + (number + 1).ToString(CultureInfo.InvariantCulture));
    }

    private string Text(int index) => Numbers[index].ToString(CultureInfo.InvariantCulture);
}
