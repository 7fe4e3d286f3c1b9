using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Pipeline.Tests.Support;

/// <summary>
/// Greedy line filling for one logical line of the seed, as a typesetter would do it: breaks at
/// spaces, hyphenates a word that does not fit at a syllable or at its own hyphen, never breaks
/// inside a tag or starts a line with something that reads as block syntax.
/// </summary>
internal sealed partial class Wrapper
{
    private readonly HardWrapOptions _options;
    private readonly int _firstLine;

    public Wrapper(HardWrapOptions options, int firstLine)
    {
        _options = options;
        _firstLine = firstLine;
    }

    public (List<string> Lines, ImmutableArray<WrapHyphen> Hyphens) Wrap(string text, string prefix, string indent)
    {
        var lines = new List<string>();
        var hyphens = ImmutableArray.CreateBuilder<WrapHyphen>();
        var current = prefix;
        var lineHasWord = false;
        foreach (var word in Tokens(text))
        {
            if (!lineHasWord)
            {
                current += word;
                lineHasWord = true;
                continue;
            }

            var candidate = current + " " + word;
            if (candidate.Length <= _options.Width || LooksLikeBlockSyntax(word))
            {
                current = candidate;
                continue;
            }

            var room = _options.Width - current.Length - 1;
            if (_options.Hyphenate && TrySplit(word, room, out var split))
            {
                lines.Add(current + " " + split.LineEnd);
                hyphens.Add(new WrapHyphen(_firstLine + lines.Count - 1, split.Left, split.Right, split.Compound));
                current = indent + split.NextLineStart;
                continue;
            }

            lines.Add(current);
            current = indent + word;
        }

        lines.Add(current);
        return (lines, hyphens.ToImmutable());
    }

    /// <summary>Space-separated tokens, keeping a <c>&lt;sup&gt;…&lt;/sup&gt;</c> with spaces inside as one token.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var protectedText = SupWithSpaces().Replace(text, match => match.Value.Replace(' ', '\u0001'));
        return protectedText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(token => token.Replace('\u0001', ' '));
    }

    /// <summary>A token that must not start a line, because a reader would take it for a block marker.</summary>
    private static bool LooksLikeBlockSyntax(string token) =>
        BlockLike().IsMatch(token) || token.StartsWith("<sup>", StringComparison.OrdinalIgnoreCase);

    private static bool TrySplit(string word, int room, out Split split)
    {
        split = default;
        var match = Hyphenable().Match(word);
        if (!match.Success || room < 4)
        {
            return false;
        }

        var lead = match.Groups["lead"].Value;
        var core = match.Groups["core"].Value;
        var trail = match.Groups["trail"].Value;
        var best = -1;
        var compound = false;
        for (var i = 1; i < core.Length - 1; i++)
        {
            if (core[i] == '-' && char.IsLetter(core[i - 1]) && char.IsLetter(core[i + 1]) && lead.Length + i + 1 <= room)
            {
                best = i + 1;
                compound = true;
            }
        }

        var lastHyphen = core.LastIndexOf('-');
        var tail = core[(lastHyphen + 1)..];
        foreach (var offset in SyllableBreaks.Offsets(tail))
        {
            var at = lastHyphen + 1 + offset;
            if (lead.Length + at + 1 <= room && at > best)
            {
                best = at;
                compound = false;
            }
        }

        if (best < 0)
        {
            return false;
        }

        var left = compound ? core[..(best - 1)] : core[..best];
        var right = core[best..];
        split = new Split(lead + left + "-", right + trail, left, right, compound);
        return true;
    }

    private readonly record struct Split(string LineEnd, string NextLineStart, string Left, string Right, bool Compound);

    [GeneratedRegex(@"<sup>[^<]*\s[^<]*</sup>", RegexOptions.IgnoreCase)]
    private static partial Regex SupWithSpaces();

    [GeneratedRegex(@"^(?:[-*+#>=]+|\d+[.)]|[-*_]{3,})$")]
    private static partial Regex BlockLike();

    [GeneratedRegex(@"^(?<lead>[(“‘""']?)(?<core>\p{L}+(?:[-’']\p{L}+)*)(?<trail>[.,;:!?’”""')]*)$")]
    private static partial Regex Hyphenable();
}
