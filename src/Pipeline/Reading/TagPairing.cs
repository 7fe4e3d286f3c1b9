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
    public static ImmutableArray<Inline> Pair(List<object> items, DiagnosticBag diagnostics) =>
        Pair(items, 0, items.Count, MatchCloses(items), diagnostics);

    private static ImmutableArray<Inline> Pair(List<object> items, int start, int end, int[] closes, DiagnosticBag diagnostics)
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

            var inner = Pair(items, i, close, closes, diagnostics);
            i = close + 1;
            output.AddRange(Wrap(tag, inner, diagnostics));
        }

        return TextRuns.Join(output);
    }

    private static IEnumerable<Inline> Wrap(HtmlTag tag, ImmutableArray<Inline> inner, DiagnosticBag diagnostics)
    {
        switch (tag.Name)
        {
            case "sup":
                var labels = CallLabels(inner);
                if (labels is not null)
                {
                    return labels.Select(label => (Inline)new NoteCall(label, tag.Line));
                }

                diagnostics.Warning(
                    ReadingCodes.NonNumericSuperscript,
                    tag.Line,
                    $"superscript '{PlainText.Of(inner)}' on line {tag.Line} is not a note number; kept as superscript text");
                return [new Styled(TextStyle.Superscript, inner)];
            case "b" or "strong":
                return [new Styled(TextStyle.Bold, inner)];
            default:
                return [new Styled(TextStyle.Italic, inner)];
        }
    }

    /// <summary>The note numbers of a call-out: one or more digit groups and nothing else (<c>3 4</c> is two calls).</summary>
    private static string[]? CallLabels(ImmutableArray<Inline> inner)
    {
        if (inner.Any(inline => inline is not Text))
        {
            return null;
        }

        var text = inner is [Text single] ? single.Value : PlainText.Of(inner);
        return CallText().IsMatch(text)
            ? text.Split([' ', '\t', ',', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            : null;
    }

    /// <summary>
    /// For every opening tag, the index of the tag that closes it (nesting counted per tag name),
    /// or -1; one pass, so long runs of unclosed tags stay linear.
    /// </summary>
    private static int[] MatchCloses(List<object> items)
    {
        if (!items.Exists(item => item is HtmlTag))
        {
            // Most runs (and every emphasis inside one) carry no tag: nothing to pair.
            return [];
        }

        var closes = new int[items.Count];
        Array.Fill(closes, -1);
        var open = new Dictionary<string, Stack<int>>(StringComparer.Ordinal);
        for (var j = 0; j < items.Count; j++)
        {
            if (items[j] is not HtmlTag { IsSelfClosing: false } tag || !IsPairable(tag.Name))
            {
                continue;
            }

            if (!open.TryGetValue(tag.Name, out var stack))
            {
                stack = new Stack<int>();
                open[tag.Name] = stack;
            }

            if (!tag.IsClosing)
            {
                stack.Push(j);
            }
            else if (stack.Count > 0)
            {
                closes[stack.Pop()] = j;
            }
        }

        return closes;
    }

    private static bool IsPairable(string name) => name is "sup" or "i" or "em" or "b" or "strong";

    private static void ReportUnsupported(HtmlTag tag, DiagnosticBag diagnostics) =>
        diagnostics.Warning(ReadingCodes.UnsupportedHtml, tag.Line, $"inline HTML '{tag.Raw}' on line {tag.Line} is not supported; kept as text");

    [GeneratedRegex(@"^\s*\d+(?:[\s,]+\d+)*\s*$")]
    private static partial Regex CallText();
}
