using System.Collections.Immutable;
using System.Globalization;
using Pipeline.Diagnostics;
using Pipeline.Model;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Turns one body line into inlines: its text, with the digit runs the note numbering accepts as
/// call-outs made <see cref="NoteCall"/>s (a space before a spaced call-out goes with it).
/// </summary>
/// <param name="sequence">The note numbering the candidates are taken by.</param>
/// <param name="diagnostics">Where call-outs skipped are reported.</param>
/// <param name="spaced">Numbers set off by spaces after a word that are candidates too (<see cref="SpacedWordCallOuts"/>).</param>
internal sealed class LineInlines(NoteSequence sequence, DiagnosticBag diagnostics, HashSet<(int Line, int Index)>? spaced = null)
{
    /// <summary>
    /// The inlines of <paramref name="line"/>; <paramref name="onlyCalls"/> is true when the line held
    /// nothing but call-outs. Notes from index <paramref name="unorderedFrom"/> may be called in any order.
    /// </summary>
    public ImmutableArray<Inline> Convert(TextLine line, int limit, out bool onlyCalls, int unorderedFrom = int.MaxValue)
    {
        var text = line.Text;
        var result = ImmutableArray.CreateBuilder<Inline>();
        var position = 0;
        var spaceNext = false;
        foreach (var candidate in CallOutCandidates.Find(text).Concat(SpacedWordCallOuts.In(line, spaced ?? [])).OrderBy(c => c.Index))
        {
            if (candidate.Index < position || !sequence.TryTake(candidate.Digits, candidate.Glued, limit, out var taken, out var skipped, unorderedFrom, text[candidate.Index] == '^'))
            {
                continue;
            }

            foreach (var missed in skipped)
            {
                diagnostics.Warning(
                    ExtractedTextCodes.CallOutSkipped,
                    line.Number,
                    $"no call-out found for note {missed} before call-out {taken[0]} on line {line.Number}; note {missed} is kept as text");
            }

            var end = candidate.Index;
            if (!candidate.Glued && end > position && text[end - 1] == ' ')
            {
                end--;
            }

            if (end > position)
            {
                result.Add(new Text(Spaced(CallOutCandidates.WithoutMarks(text[position..end]), spaceNext)));
            }

            foreach (var number in taken)
            {
                result.Add(new NoteCall(number.ToString(CultureInfo.InvariantCulture), line.Number));
            }

            position = candidate.Index + candidate.Length;

            // A call-out glued to the word after it took the space between the two sentences with it.
            spaceNext = position < text.Length && char.IsLetter(text[position]);
        }

        onlyCalls = position > 0 && result.All(i => i is NoteCall) && position == text.Length;
        if (position < text.Length)
        {
            result.Add(new Text(Spaced(CallOutCandidates.WithoutMarks(text[position..]), spaceNext)));
        }

        return result.ToImmutable();
    }

    private static string Spaced(string text, bool space) => space ? " " + text : text;
}
