using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Pipeline.Reading;

/// <summary>
/// The block layer: cuts source lines into blank-line separated blocks, recognising rule lines,
/// ATX headings, list items and <c>&gt;</c> quotations. Block syntax is recognised here only, so the inline layer never
/// reinterprets a block's text.
/// </summary>
internal static partial class BlockScanner
{
    public static ImmutableArray<RawBlock> Scan(IReadOnlyList<string> lines)
    {
        var blocks = ImmutableArray.CreateBuilder<RawBlock>();
        // One builder for every block's lines: each block keeps only its own exact-sized array.
        var texts = ImmutableArray.CreateBuilder<string>();
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (IsBlank(line))
            {
                i++;
                continue;
            }

            if (IsRule(line))
            {
                blocks.Add(new RawBlock(RawBlockKind.Rule, i + 1, [line.Trim()]));
                i++;
                continue;
            }

            if (TryHeading(line, out var level, out var headingText))
            {
                blocks.Add(new RawBlock(RawBlockKind.Heading, i + 1, [headingText], level));
                i++;
                continue;
            }

            if (TryQuoted(line, out var quoted))
            {
                i = ScanQuotation(lines, i, quoted, texts, blocks);
                continue;
            }

            var isItem = TryListItem(line, out var itemText);
            var first = i;
            texts.Clear();
            texts.Add(isItem ? itemText : line.TrimStart());
            i++;
            while (i < lines.Count && !StartsNewBlock(lines[i], isItem))
            {
                texts.Add(lines[i].TrimStart());
                i++;
            }

            blocks.Add(new RawBlock(isItem ? RawBlockKind.ListItem : RawBlockKind.Paragraph, first + 1, texts.ToImmutable()));
        }

        return blocks.ToImmutable();
    }

    /// <summary>
    /// A run of <c>&gt;</c> lines from <paramref name="start"/>: one quotation, up to a line without the
    /// mark or a <c>&gt;</c> line with nothing after it, which ends a quoted paragraph. Returns the next line's index.
    /// </summary>
    private static int ScanQuotation(IReadOnlyList<string> lines, int start, string quoted, ImmutableArray<string>.Builder texts, ImmutableArray<RawBlock>.Builder blocks)
    {
        var i = start + 1;
        if (quoted.Length == 0)
        {
            return i;
        }

        texts.Clear();
        texts.Add(quoted);
        while (i < lines.Count && TryQuoted(lines[i], out var more) && more.Length > 0)
        {
            texts.Add(more);
            i++;
        }

        blocks.Add(new RawBlock(RawBlockKind.Quotation, start + 1, texts.ToImmutable()));
        return i;
    }

    /// <summary>A line marked as quoted by <c>&gt;</c> after at most three spaces; its text without the mark and the space after it.</summary>
    private static bool TryQuoted(string line, out string text)
    {
        if (MarkAfterIndent(line) != '>')
        {
            text = string.Empty;
            return false;
        }

        text = line[(line.IndexOf('>', StringComparison.Ordinal) + 1)..].Trim();
        return true;
    }

    /// <summary>
    /// Lines that end the current paragraph or list item without a blank line: rules, headings, any
    /// list item after a list item, and after a paragraph only the list items that may interrupt one
    /// (bullets, or an ordered list starting at 1).
    /// </summary>
    private static bool StartsNewBlock(string line, bool inItem)
    {
        if (IsBlank(line))
        {
            return true;
        }

        // Every block marker stands after at most three spaces: a line of prose is ruled out by its first character.
        var mark = MarkAfterIndent(line);
        return mark switch
        {
            '-' or '*' => IsRule(line) || (inItem ? ListItemLine() : InterruptingItem()).IsMatch(line),
            '_' => IsRule(line),
            '#' => TryHeading(line, out _, out _),
            '+' => (inItem ? ListItemLine() : InterruptingItem()).IsMatch(line),
            _ => char.IsDigit(mark) && (inItem ? ListItemLine() : InterruptingItem()).IsMatch(line),
        };
    }

    private static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    internal static bool IsRule(string line) => RuleLine().IsMatch(line);

    /// <summary>The character after at most three leading spaces, where every block marker stands; '\0' when none.</summary>
    private static char MarkAfterIndent(string line)
    {
        var i = 0;
        while (i < 3 && i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i < line.Length ? line[i] : '\0';
    }

    private static bool TryHeading(string line, out int level, out string text)
    {
        // Most lines are prose: they are ruled out before a match object is built.
        var match = MarkAfterIndent(line) == '#' ? HeadingLine().Match(line) : Match.Empty;
        if (!match.Success)
        {
            level = 0;
            text = string.Empty;
            return false;
        }

        level = match.Groups["marks"].Length;
        text = ClosingHashes().Replace(match.Groups["text"].Value, string.Empty).Trim();
        return true;
    }

    private static bool TryListItem(string line, out string text)
    {
        var mark = MarkAfterIndent(line);
        var match = mark is '-' or '*' or '+' || char.IsDigit(mark) ? ListItemLine().Match(line) : Match.Empty;
        text = match.Success ? match.Groups["text"].Value : string.Empty;
        return match.Success;
    }

    [GeneratedRegex(@"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"^ {0,3}(?<marks>#{1,6})(?:[ \t]+(?<text>.*))?$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"(?:^|[ \t]+)#+[ \t]*$")]
    private static partial Regex ClosingHashes();

    [GeneratedRegex(@"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?<text>\S.*)$")]
    private static partial Regex ListItemLine();

    [GeneratedRegex(@"^ {0,3}(?:[-*+]|1[.)])[ \t]+\S")]
    private static partial Regex InterruptingItem();
}
