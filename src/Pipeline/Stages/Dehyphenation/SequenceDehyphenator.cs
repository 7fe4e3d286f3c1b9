using System.Collections.Immutable;
using System.Text;
using Pipeline.Model;

namespace Pipeline.Stages.Dehyphenation;

/// <summary>
/// Resolves the soft and page line ends of inline sequences with a judge, keeping every character
/// except a removed syllable hyphen, then merges adjacent text. One instance per document: it counts.
/// </summary>
internal sealed class SequenceDehyphenator
{
    private readonly Lazy<HyphenationJudge> _judge;
    private readonly List<UncertainHyphen> _uncertain = [];
    private int _lineEnds;
    private int _spaces;
    private int _hyphenLineEnds;
    private int _joined;
    private int _kept;

    public SequenceDehyphenator(HyphenationJudge judge) => _judge = new(judge);

    /// <summary>
    /// Builds the judge (a lexicon of the whole document) only when a line actually ends in a hyphen:
    /// most scrapes have none, and the lexicon is the stage's main cost.
    /// </summary>
    public SequenceDehyphenator(Func<HyphenationJudge> judge) => _judge = new(judge);

    public DehyphenationTally Tally => new(_lineEnds, _spaces, _hyphenLineEnds, _joined, _kept);

    /// <summary>Hyphens decided only by the built-in rule, worth a reader's second look.</summary>
    public IReadOnlyList<UncertainHyphen> Uncertain => _uncertain;

    public ImmutableArray<Inline> Resolve(ImmutableArray<Inline> content)
    {
        if (content.IsDefaultOrEmpty || IsSettled(content))
        {
            return content;
        }

        var text = LinearText.Of(content);
        var deleted = new bool[text.Length];
        var actions = new LineEndAction[text.Leaves.Length];
        for (var leaf = 0; leaf < text.Leaves.Length; leaf++)
        {
            if (text.Leaves[leaf] is LineEnd { Kind: LineEndKind.Soft or LineEndKind.Page })
            {
                actions[leaf] = ResolveAt(text, text.LeafStarts[leaf], deleted);
            }
        }

        var index = 0;
        return Rebuild(content, text, deleted, actions, ref index);
    }

    /// <summary>
    /// True when resolving would give the content back unchanged: no soft or page line end, no note
    /// (its blocks are resolved too), no empty text and no two texts side by side, at any depth.
    /// Most blocks of a scrape that is not hard-wrapped are like this, and are kept as they are.
    /// </summary>
    private static bool IsSettled(ImmutableArray<Inline> content)
    {
        var previousIsText = false;
        foreach (var inline in content)
        {
            switch (inline)
            {
                case Text text:
                    if (text.Value.Length == 0 || previousIsText)
                    {
                        return false;
                    }

                    previousIsText = true;
                    continue;
                case LineEnd { Kind: LineEndKind.Soft or LineEndKind.Page }:
                case Note:
                    return false;
            }

            previousIsText = false;
            var children = LinearText.ChildrenOf(inline);
            if (!children.IsDefault && !IsSettled(children))
            {
                return false;
            }
        }

        return true;
    }

    private LineEndAction ResolveAt(LinearText text, int at, bool[] deleted)
    {
        _lineEnds++;
        var s = text.Value;
        var before = at - 1;
        while (text.IsText(before) && HyphenChars.IsBlank(s[before]))
        {
            before--;
        }

        var after = at + 1;
        while (text.IsText(after) && HyphenChars.IsBlank(s[after]))
        {
            after++;
        }

        var blanksAround = before < at - 1 || after > at + 1;
        if (before < at - 1)
        {
            // The line already ends in a blank: the next line's indentation would double it.
            DeleteBlanks(deleted, at + 1, after);
        }

        if (before < 0 || after >= s.Length)
        {
            // Nothing to separate at the edge of the sequence.
            return LineEndAction.Remove;
        }

        if (text.Leaves[text.LeafAt(before)] is LineEnd)
        {
            // An empty line: the line end before this one already separates the words.
            return LineEndAction.Remove;
        }

        if (!text.IsText(before) || !text.IsText(after))
        {
            return Space(blanksAround);
        }

        if (HyphenChars.IsHyphen(s[before]))
        {
            var left = LeftFragment(text, before);
            var right = RightFragment(text, after);
            // "word--" is a typed dash, not a hyphenated word.
            var isDash = left.Length > 0 && HyphenChars.IsHyphen(left[^1]);
            if (!isDash && left.Length > 0 && right.Length > 0 && HyphenChars.IsWordCore(right[0]))
            {
                var decision = s[before] == HyphenChars.SoftHyphen ? HyphenDecision.Join
                    : IsInAddress(text, before) ? HyphenDecision.KeepHyphen
                    : Judge(left, right, ((LineEnd)text.Leaves[text.LeafAt(at)]).Line);
                _hyphenLineEnds++;
                if (decision == HyphenDecision.Join)
                {
                    _joined++;
                    deleted[before] = true;
                }
                else
                {
                    _kept++;
                }

                DeleteBlanks(deleted, before + 1, after);
                return LineEndAction.Remove;
            }
        }
        else if (s[before] is '\u2013' or '\u2014' && IsClosedDash(text, before, after))
        {
            // A closed dash cut at the line end: "1953–" + "56", "Stalin—" + "and".
            DeleteBlanks(deleted, before + 1, after);
            return LineEndAction.Remove;
        }

        return Space(blanksAround);
    }

    private HyphenDecision Judge(string left, string right, int line)
    {
        var verdict = _judge.Value.Judge(left, right);
        if (verdict.Reason == HyphenReason.BuiltInRule)
        {
            _uncertain.Add(new UncertainHyphen(line, left, right, verdict.Decision));
        }

        return verdict.Decision;
    }

    /// <summary>
    /// True when the dash at <paramref name="dash"/> touches the word before it and the next line
    /// starts a word: a number range ("173–202") or a closed dash, which take no space.
    /// </summary>
    private static bool IsClosedDash(LinearText text, int dash, int next)
    {
        var s = text.Value;
        return text.IsText(dash - 1) && HyphenChars.IsWordCore(s[dash - 1]) && HyphenChars.IsWordCore(s[next]);
    }

    private LineEndAction Space(bool blanksAround)
    {
        _spaces++;
        return blanksAround ? LineEndAction.Remove : LineEndAction.Space;
    }

    private static void DeleteBlanks(bool[] deleted, int from, int to)
    {
        // Blanks between the hyphen and the next word belong to the line end being removed.
        for (var i = from; i < to; i++)
        {
            deleted[i] = true;
        }
    }

    /// <summary>
    /// True when the hyphen belongs to a web address or e-mail: addresses are broken at their own
    /// hyphens, never hyphenated, so the hyphen is real.
    /// </summary>
    private static bool IsInAddress(LinearText text, int hyphen)
    {
        var s = text.Value;
        var start = hyphen;
        while (text.IsText(start - 1) && !char.IsWhiteSpace(s[start - 1]))
        {
            start--;
        }

        var token = s[start..hyphen];
        return token.Contains("://", StringComparison.Ordinal)
            || token.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || token.Contains('@', StringComparison.Ordinal)
            || (token.Contains('/', StringComparison.Ordinal) && token.Contains('.', StringComparison.Ordinal));
    }

    /// <summary>The word before the hyphen at <paramref name="hyphen"/>, back to white space or punctuation.</summary>
    private static string LeftFragment(LinearText text, int hyphen)
    {
        var s = text.Value;
        var start = hyphen;
        while (text.IsText(start - 1) && IsLeftWordChar(s, start - 1))
        {
            start--;
        }

        // Leading apostrophes or hyphens are quotation marks or dashes, not part of the word.
        while (start < hyphen && !HyphenChars.IsWordCore(s[start]))
        {
            start++;
        }

        return s[start..hyphen];
    }

    private static bool IsLeftWordChar(string s, int i) =>
        HyphenChars.IsWordCore(s[i]) || HyphenChars.IsHyphen(s[i]) || HyphenChars.IsApostrophe(s[i])
        || (s[i] is ',' or '.' && i > 0 && char.IsDigit(s[i - 1]) && i + 1 < s.Length && char.IsDigit(s[i + 1]));

    /// <summary>The word starting at <paramref name="start"/>, up to white space or punctuation.</summary>
    private static string RightFragment(LinearText text, int start)
    {
        var s = text.Value;
        var end = start;
        while (text.IsText(end))
        {
            var c = s[end];
            var joinsNext = (HyphenChars.IsHyphen(c) || HyphenChars.IsApostrophe(c))
                && text.IsText(end + 1) && HyphenChars.IsWordCore(s[end + 1]);
            if (!HyphenChars.IsWordCore(c) && !joinsNext)
            {
                break;
            }

            end++;
        }

        return s[start..end];
    }

    private ImmutableArray<Inline> Rebuild(
        ImmutableArray<Inline> content, LinearText text, bool[] deleted, LineEndAction[] actions, ref int leaf)
    {
        var result = new List<Inline>(content.Length);
        foreach (var inline in content)
        {
            var children = LinearText.ChildrenOf(inline);
            if (!children.IsDefault)
            {
                var rebuilt = Rebuild(children, text, deleted, actions, ref leaf);
                result.Add(inline switch
                {
                    Styled s => s with { Content = rebuilt },
                    Link l => l with { Content = rebuilt },
                    BibField f => f with { Content = rebuilt },
                    CrossReference c => c with { Content = rebuilt },
                    Reference r => r with { Content = rebuilt },
                    _ => inline,
                });
                continue;
            }

            var current = leaf++;
            switch (inline)
            {
                case Text t:
                    result.Add(Surviving(t, text.LeafStarts[current], deleted));
                    break;
                case LineEnd when actions[current] == LineEndAction.Space:
                    result.Add(new Text(" "));
                    AddPageBreak(result, inline);
                    break;
                case LineEnd when actions[current] == LineEndAction.Remove:
                    AddPageBreak(result, inline);
                    break;
                case Note note:
                    var notes = new SequenceRewriter(Resolve).Map(note.Content);
                    result.Add(notes == note.Content ? note : note with { Content = notes });
                    break;
                default:
                    result.Add(inline);
                    break;
            }
        }

        return TextRuns.Join(result);
    }

    /// <summary>A resolved page seam keeps where the next page begins.</summary>
    private static void AddPageBreak(List<Inline> result, Inline lineEnd)
    {
        if (lineEnd is LineEnd { Kind: LineEndKind.Page, NextPage: > 0 } seam)
        {
            result.Add(new PageBreak(seam.NextPage));
        }
    }

    /// <summary>The text without its deleted characters; the same text when none of them is deleted.</summary>
    private static Text Surviving(Text text, int start, bool[] deleted)
    {
        var value = text.Value;
        if (!deleted.AsSpan(start, value.Length).Contains(true))
        {
            return text;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (!deleted[start + i])
            {
                builder.Append(value[i]);
            }
        }

        return new Text(builder.ToString());
    }
}
