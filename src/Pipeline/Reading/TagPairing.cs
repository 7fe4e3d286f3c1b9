using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Diagnostics;
using Pipeline.Model;

namespace Pipeline.Reading;

/// <summary>
/// Pairs raw inline HTML tags within one container: <c>&lt;sup&gt;N&lt;/sup&gt;</c> becomes note
/// call-outs, other superscripts become styled text, <c>i</c>/<c>em</c>/<c>b</c>/<c>strong</c>
/// become emphasis and <c>br</c> a hard line end. Anything else stays as its literal text, with a
/// warning, so no character of the scrape is lost.
/// </summary>
internal static partial class TagPairing
{
    private static readonly string[] PairableNames = ["sup", "i", "em", "b", "strong"];

    /// <summary>What separates the numbers of a call-out to several notes.</summary>
    private static readonly char[] LabelSeparators = [' ', '\t', ',', '\u00A0'];

    /// <summary>
    /// Pairs the items from <paramref name="start"/> to the end of <paramref name="items"/>, which
    /// <paramref name="depth"/> containers enclose; tags nested deeper than <paramref name="maxNesting"/>
    /// stay as their text.
    /// </summary>
    public static ImmutableArray<Inline> Pair(List<object> items, int start, DiagnosticBag diagnostics, int depth, int maxNesting) =>
        new Pairing(items, MatchCloses(items, start), diagnostics, maxNesting).Pair(start, items.Count, depth);

    private sealed class Pairing(List<object> items, int[] closes, DiagnosticBag diagnostics, int maxNesting)
    {
        private bool _reportedNesting;

        public ImmutableArray<Inline> Pair(int start, int end, int depth)
        {
            var output = new List<Inline>(end - start);
            var i = start;
            while (i < end)
            {
                var item = items[i];
                if (item is Inline inline)
                {
                    output.Add(inline);
                    i++;
                    continue;
                }

                var tag = (HtmlTag)item;
                i++;
                if (tag.Name == "br")
                {
                    output.Add(new LineEnd(LineEndKind.Hard, tag.Line));
                    continue;
                }

                if (tag.IsClosing)
                {
                    if (IsPairable(tag.Name))
                    {
                        diagnostics.Warning(ReadingCodes.StrayClosingTag, tag.Line, $"'{tag.Raw}' on line {tag.Line} closes nothing; kept as text");
                    }
                    else
                    {
                        ReportUnsupported(tag, diagnostics);
                    }

                    output.Add(new Text(tag.Raw));
                    continue;
                }

                if (!IsPairable(tag.Name) || tag.IsSelfClosing)
                {
                    ReportUnsupported(tag, diagnostics);
                    output.Add(new Text(tag.Raw));
                    continue;
                }

                var close = closes[i - 1];
                if (close < 0 || close >= end)
                {
                    var message = tag.Name == "sup"
                        ? $"'<sup>' on line {tag.Line} is never closed; kept as text"
                        : $"'{tag.Raw}' on line {tag.Line} is never closed; kept as text";
                    diagnostics.Warning(tag.Name == "sup" ? ReadingCodes.UnclosedSuperscript : ReadingCodes.StrayClosingTag, tag.Line, message);
                    output.Add(new Text(tag.Raw));
                    continue;
                }

                if (depth >= maxNesting)
                {
                    AddFlat(output, i - 1, close, tag);
                    i = close + 1;
                    continue;
                }

                // A call-out holds one text: it is its own run, and the pairing of it would only copy it.
                var inner = close == i + 1 && items[i] is Text { Value.Length: > 0 } only
                    ? [only]
                    : Pair(i, close, depth + 1);
                i = close + 1;
                AddWrapped(output, tag, inner, diagnostics);
            }

            return TextRuns.Join(output);
        }

        /// <summary>Keeps the tags from <paramref name="open"/> to <paramref name="close"/> as text, with what lies between.</summary>
        private void AddFlat(List<Inline> output, int open, int close, HtmlTag tag)
        {
            if (!_reportedNesting)
            {
                _reportedNesting = true;
                diagnostics.Warning(
                    ReadingCodes.NestedTooDeep,
                    tag.Line,
                    $"inline tags from line {tag.Line} nest deeper than {maxNesting} levels; the deeper tags are kept as text");
            }

            for (var j = open; j <= close; j++)
            {
                output.Add(items[j] switch
                {
                    HtmlTag raw => new Text(raw.Raw),
                    var inline => (Inline)inline,
                });
            }
        }
    }

    private static void AddWrapped(List<Inline> output, HtmlTag tag, ImmutableArray<Inline> inner, DiagnosticBag diagnostics)
    {
        switch (tag.Name)
        {
            case "sup":
                var labels = CallLabels(inner);
                if (labels is not null)
                {
                    foreach (var label in labels)
                    {
                        output.Add(new NoteCall(label, tag.Line));
                    }

                    return;
                }

                diagnostics.Warning(
                    ReadingCodes.NonNumericSuperscript,
                    tag.Line,
                    $"superscript '{PlainText.Of(inner)}' on line {tag.Line} is not a note number; kept as superscript text");
                output.Add(new Styled(TextStyle.Superscript, inner));
                return;
            case "b" or "strong":
                output.Add(new Styled(TextStyle.Bold, inner));
                return;
            default:
                output.Add(new Styled(TextStyle.Italic, inner));
                return;
        }
    }

    /// <summary>The note numbers of a call-out: one or more digit groups and nothing else (<c>3 4</c> is two calls).</summary>
    private static string[]? CallLabels(ImmutableArray<Inline> inner)
    {
        foreach (var inline in inner)
        {
            if (inline is not Text)
            {
                return null;
            }
        }

        var text = inner is [Text single] ? single.Value : PlainText.Of(inner);
        return CallText().IsMatch(text)
            ? text.Split(LabelSeparators, StringSplitOptions.RemoveEmptyEntries)
            : null;
    }

    /// <summary>
    /// For every opening tag, the index of the tag that closes it (nesting counted per tag name),
    /// or -1; one pass, so long runs of unclosed tags stay linear.
    /// </summary>
    private static int[] MatchCloses(List<object> items, int start)
    {
        if (items.FindIndex(start, item => item is HtmlTag) < 0)
        {
            // Most runs (and every emphasis inside one) carry no tag: nothing to pair.
            return [];
        }

        var closes = new int[items.Count];
        Array.Fill(closes, -1);
        // One stack of open tags per name, linked through the items: below[j] is the open tag of the
        // same name under the one at j.
        var below = new int[items.Count];
        Span<int> top = stackalloc int[PairableNames.Length];
        top.Fill(-1);
        for (var j = start; j < items.Count; j++)
        {
            if (items[j] is not HtmlTag { IsSelfClosing: false } tag || !IsPairable(tag.Name))
            {
                continue;
            }

            var name = Array.IndexOf(PairableNames, tag.Name);
            if (!tag.IsClosing)
            {
                below[j] = top[name];
                top[name] = j;
            }
            else if (top[name] >= 0)
            {
                var opened = top[name];
                top[name] = below[opened];
                closes[opened] = j;
            }
        }

        return closes;
    }

    private static bool IsPairable(string name) => Array.IndexOf(PairableNames, name) >= 0;

    private static void ReportUnsupported(HtmlTag tag, DiagnosticBag diagnostics) =>
        diagnostics.Warning(ReadingCodes.UnsupportedHtml, tag.Line, $"inline HTML '{tag.Raw}' on line {tag.Line} is not supported; kept as text");

    [GeneratedRegex(@"^\s*\d+(?:[\s,]+\d+)*\s*$")]
    private static partial Regex CallText();
}
