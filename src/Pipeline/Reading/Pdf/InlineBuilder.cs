using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Pipeline.Diagnostics;
using Pipeline.Model;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Turns the glyphs of a block's lines into inlines: text runs by face (italic, bold) and link, a
/// line end between lines, and raised digits as note call-outs. Raised digits printed together
/// ("34") are split into consecutive call-outs when the expected number and its successor make them
/// up, so "resolution.³⁴" calls notes 3 and 4. One instance per document: it remembers the last call.
/// </summary>
internal sealed class InlineBuilder
{
    private readonly DiagnosticBag _diagnostics;
    private int _lastCall;

    public InlineBuilder(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    /// <summary>
    /// The inlines of <paramref name="lines"/>; <paramref name="skip"/> leading glyphs of the first
    /// line are left out (a note's label); <paramref name="plainFace"/> is the face not marked (a
    /// heading's own boldness).
    /// </summary>
    public ImmutableArray<Inline> Build(IReadOnlyList<PdfLine> lines, int skip, FontFace plainFace, bool callsAllowed)
    {
        var result = ImmutableArray.CreateBuilder<Inline>();
        var run = new StringBuilder();
        var runFace = FontFace.Regular;
        string? runLink = null;
        var linkParts = new List<Inline>();

        void FlushText()
        {
            if (run.Length == 0)
            {
                return;
            }

            Inline text = new Text(run.ToString());
            var face = runFace & ~plainFace;
            if ((face & FontFace.Italic) != 0)
            {
                text = new Styled(TextStyle.Italic, [text]);
            }

            if ((face & FontFace.Bold) != 0)
            {
                text = new Styled(TextStyle.Bold, [text]);
            }

            (runLink is null ? (IList<Inline>)result : linkParts).Add(text);
            run.Clear();
        }

        void FlushLink()
        {
            FlushText();
            if (runLink is not null)
            {
                var content = linkParts.ToImmutableArray();
                var visible = PlainText.Of(content).Replace(" ", string.Empty, StringComparison.Ordinal);
                var bare = string.Equals(visible, runLink, StringComparison.OrdinalIgnoreCase);
                result.Add(new Link(runLink, content, bare));
                linkParts.Clear();
            }

            runLink = null;
        }

        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            var glyphs = line.Glyphs;
            var start = l == 0 ? skip : 0;
            if (l > 0)
            {
                FlushText();
                (runLink is null ? (IList<Inline>)result : linkParts).Add(lines[l - 1].Page != line.Page
                    ? new LineEnd(LineEndKind.Page, lines[l - 1].Number) { NextPage = line.Page }
                    : new LineEnd(LineEndKind.Soft, lines[l - 1].Number));
            }

            var placementStart = -1;
            if (line.Placement is not null)
            {
                FlushLink();
                placementStart = result.Count;
            }

            for (var i = start; i < glyphs.Count; i++)
            {
                var glyph = glyphs[i];
                if (glyph.Raised && callsAllowed && IsDigits(glyph.Value))
                {
                    var end = i;
                    var digits = new StringBuilder();
                    while (end < glyphs.Count && glyphs[end].Raised && IsDigits(glyphs[end].Value) && (end == i || !glyphs[end].SpaceBefore))
                    {
                        digits.Append(glyphs[end].Value);
                        end++;
                    }

                    FlushLink();

                    foreach (var label in Calls(digits.ToString(), line))
                    {
                        result.Add(new NoteCall(label, line.Number));
                    }

                    i = end - 1;
                    continue;
                }

                var face = glyph.Face;
                var space = glyph.SpaceBefore && i > start;
                if (glyph.Link != runLink)
                {
                    // A space before a link stays outside it; a space after one starts the next run.
                    if (space && glyph.Link is not null)
                    {
                        run.Append(' ');
                        space = false;
                    }

                    FlushLink();
                    runLink = glyph.Link;
                }
                else if (face != runFace)
                {
                    // Entering a face, the space stays with the text before; leaving one, with the text after.
                    if (space && (face & ~runFace) != 0)
                    {
                        run.Append(' ');
                        space = false;
                    }

                    FlushText();
                }

                if (space)
                {
                    run.Append(' ');
                }

                runFace = face;
                if (glyph.Raised)
                {
                    FlushText();
                    (runLink is null ? (IList<Inline>)result : linkParts).Add(new Styled(TextStyle.Superscript, [new Text(glyph.Value)]));
                    continue;
                }

                run.Append(glyph.Value);
            }

            if (placementStart >= 0)
            {
                // A typesetter's placement line is kept whole as one inline, apart from the author's words around it.
                FlushLink();
                var words = result.Skip(placementStart).ToImmutableArray();
                result.RemoveRange(placementStart, words.Length);
                result.Add(new Placement(line.Placement!, null, words));
            }
        }

        FlushLink();
        return result.ToImmutable();
    }

    private static bool IsDigits(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);

    private IEnumerable<string> Calls(string digits, PdfLine line)
    {
        var value = int.Parse(digits, CultureInfo.InvariantCulture);
        var expected = _lastCall + 1;
        if (value == expected || digits.Length == 1)
        {
            _lastCall = value;
            return [digits];
        }

        // Split "345" into 3, 4, 5 when the digits spell consecutive numbers from the expected one.
        var parts = new List<string>();
        var rest = digits;
        var next = expected;
        while (rest.Length > 0)
        {
            var piece = next.ToString(CultureInfo.InvariantCulture);
            if (!rest.StartsWith(piece, StringComparison.Ordinal))
            {
                parts.Clear();
                break;
            }

            parts.Add(piece);
            rest = rest[piece.Length..];
            next++;
        }

        if (parts.Count > 1)
        {
            _diagnostics.Info(
                PdfReadingCodes.CallsSplit,
                line.Number,
                $"raised digits '{digits}' on page {line.Page}, line {line.Number} read as the call-outs {string.Join(", ", parts)}");
            _lastCall = next - 1;
            return parts;
        }

        if (value != expected)
        {
            _diagnostics.Warning(
                PdfReadingCodes.CallSkips,
                line.Number,
                $"call-out {digits} on page {line.Page}, line {line.Number} does not follow call-out {_lastCall}");
        }

        _lastCall = value;
        return [digits];
    }
}
