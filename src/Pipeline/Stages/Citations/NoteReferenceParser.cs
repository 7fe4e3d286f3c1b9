using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Finds the references in a footnote. A reference is anchored on its title (italic, or quoted and
/// followed by what follows titles), takes the names written just before it as its author(s), and
/// runs to the end of its pages, imprint or link. Everything else stays commentary.
/// </summary>
internal static partial class NoteReferenceParser
{
    public static ImmutableArray<ParsedReference> Parse(FlatText flat)
    {
        var text = flat.Value;
        var output = ImmutableArray.CreateBuilder<ParsedReference>();
        var floor = 0;
        var position = 0;
        while ((position = TitleHead.NextCandidate(flat, position)) < text.Length)
        {
            var found = TryIbid(flat, position) ?? TryReference(flat, position, floor);
            if (found is null)
            {
                position++;
                continue;
            }

            output.Add(found);
            position = floor = found.Range.End;
        }

        return output.ToImmutable();
    }

    private static ParsedReference? TryIbid(FlatText flat, int position)
    {
        if (flat.ItalicAt(position) is not { } italic || !Ibid().IsMatch(flat.Value.AsSpan(italic.Start, italic.Length)))
        {
            return null;
        }

        var fields = new List<ParsedField>();
        var end = italic.End;
        if (MatchRanges.At(IbidPages(), flat.Value, italic.End) is { } match)
        {
            var pages = MatchRanges.FromFirstLetterOrDigit(flat.Value, match);
            fields.Add(new ParsedField(BibFieldKind.Pages, pages));
            end = pages.End;
        }

        return ReferenceAssembler.Assemble(flat, new TextRange(italic.Start, end), fields, ReferenceForm.Ibid, invertedNames: false);
    }

    private static ParsedReference? TryReference(FlatText flat, int position, int floor)
    {
        if (TitleHead.At(flat, position) is not { } head)
        {
            return null;
        }

        var text = flat.Value;
        var before = text.AsSpan(floor, position - floor);
        var trigger = Trigger().IsMatch(before);
        var author = AuthorBefore(text, position, floor);
        var follows = Continuations.Follows(flat, head.End, head.Quoted);
        var atStart = before.IsWhiteSpace() && floor == 0;
        if (!((author is not null && follows) || trigger || (atStart && follows)))
        {
            return null;
        }

        // Room for the fields of a long reference, so the list seldom grows.
        var fields = new List<ParsedField>(16);
        if (author is { } names)
        {
            PersonNames.Split(text, names, inverted: false, BibFieldKind.Author, fields);
        }

        fields.Add(new ParsedField(head.Quoted ? BibFieldKind.ArticleTitle : BibFieldKind.MonographTitle, head.Title));
        var end = ReferenceTailParser.Parse(flat, head.End, text.Length, head.Quoted, allowLooseTail: trigger, fields, out var facts);
        while (end > head.End && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var form = facts.HasDate || facts.HasContainer || facts.HasPublication ? ReferenceForm.Full : ReferenceForm.Short;
        var start = author?.Start ?? position;
        return ReferenceAssembler.Assemble(flat, new TextRange(start, end), fields, form, invertedNames: false);
    }

    /// <summary>The names ending just before the comma or full stop that precedes a title.</summary>
    private static TextRange? AuthorBefore(string text, int position, int floor)
    {
        var end = position;
        while (end > floor && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == floor || text[end - 1] is not (',' or '.'))
        {
            return null;
        }

        return NameScanner.ScanBackward(text, end - 1, floor);
    }

    [GeneratedRegex(@"^\s*ibid\.?,?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Ibid();

    [GeneratedRegex(@"\G\.?\s*,\s*(?<pages>(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?)")]
    private static partial Regex IbidPages();

    [GeneratedRegex(@"(?:\bsee(?:\s+also)?|\bquoted in|\bcited in|\bcf\.)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Trigger();
}
