using System.Text;
using Pipeline.Diagnostics;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Cuts an extractor's text into pages at its page marks (the form feed pdftotext and mutool end a
/// page with) and into non-blank lines, with ligature characters spelt out and characters XML cannot
/// hold removed, call-outs printed on a row of their own put back (<see cref="RaisedCallOuts"/>), and pages printed in two columns put in reading order (<see cref="TextColumns"/>). A text whose every line is followed by a blank one (mutool) is double-spaced: its
/// single blank lines then say nothing about paragraphs, only runs of them do.
/// </summary>
internal static class TextPages
{
    private const char FormFeed = '\f';

    /// <summary>The pages of <paramref name="text"/>, with private-use characters read as <paramref name="glyphs"/> says (<see cref="TextGlyphs"/>).</summary>
    public static List<TextPage> Split(string text, IReadOnlyDictionary<char, string> glyphs, DiagnosticBag diagnostics)
    {
        var lines = SourceLines.Split(text);
        var pageStarts = new List<(int Line, int Column)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(FormFeed, StringComparison.Ordinal);
            while (at >= 0)
            {
                pageStarts.Add((i, at));
                at = lines[i].IndexOf(FormFeed, at + 1);
            }
        }

        // Each line keeps its text on both sides of a page mark apart: the mark is where a page ends.
        var pieces = new List<(int Line, string Text, bool NewPage)>(lines.Length + pageStarts.Count);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split(FormFeed);
            for (var p = 0; p < parts.Length; p++)
            {
                pieces.Add((i, parts[p], p > 0));
            }
        }

        var cleaned = pieces.Select(p => p.Text).ToArray();
        RemoveIllegal(cleaned, pieces, diagnostics);

        var pages = new List<TextPage>();
        var current = new List<SourceRow>();
        var blanks = 0;
        void Close()
        {
            var lines = TextColumns.Order(RaisedCallOuts.Splice(current)).Select(r => new TextLine(r.Line, RangesRestored(r.Line, Normalise(r.Text, glyphs)), Indent(r.Text), r.Blanks > 0, r.Blanks, r.AcrossColumns));
            pages.Add(new TextPage(pages.Count + 1, [.. lines]));
            current = [];
            blanks = 0;
        }

        string RangesRestored(int line, string text)
        {
            var restored = JoinedRanges.Restore(text, out var count);
            if (count > 0)
            {
                diagnostics.Info(ExtractedTextCodes.RangeRestored, line, $"line {line}: {count} number range(s) whose hyphen the extractor dropped at a joined line end given their hyphen back");
            }

            return restored;
        }

        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].NewPage)
            {
                Close();
            }

            var raw = cleaned[i];
            if (string.IsNullOrWhiteSpace(raw))
            {
                blanks++;
                continue;
            }

            current.Add(new SourceRow(pieces[i].Line + 1, raw, blanks));
            blanks = 0;
        }

        Close();
        while (pages.Count > 1 && pages[^1].Lines.Count == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        if (IsDoubleSpaced(pages))
        {
            foreach (var page in pages)
            {
                for (var i = 0; i < page.Lines.Count; i++)
                {
                    page.Lines[i] = page.Lines[i] with { AfterBlank = page.Lines[i].Blanks > 1 };
                }
            }
        }

        return pages;
    }

    /// <summary>Ligatures as their letters; runs of white space as one space; U+FFFD (a glyph the extractor could not map) dropped.</summary>
    internal static string Normalise(string raw) => Normalise(raw, new Dictionary<char, string>());

    /// <summary>As <see cref="Normalise(string)"/>, with private-use characters read as <paramref name="glyphs"/> says.</summary>
    private static string Normalise(string raw, IReadOnlyDictionary<char, string> glyphs)
    {
        var builder = new StringBuilder(raw.Length);
        var space = false;
        foreach (var c in raw.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            switch (c)
            {
                case '\uFB00': builder.Append("ff"); break;
                case '\uFB01': builder.Append("fi"); break;
                case '\uFB02': builder.Append("fl"); break;
                case '\uFB03': builder.Append("ffi"); break;
                case '\uFB04': builder.Append("ffl"); break;
                case '\uFB05' or '\uFB06': builder.Append("st"); break;
                case '\uFFFD': break;
                default:
                    if (glyphs.TryGetValue(c, out var letters))
                    {
                        builder.Append(letters);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static int Indent(string raw)
    {
        var indent = 0;
        foreach (var c in raw)
        {
            if (c == ' ')
            {
                indent++;
            }
            else if (c == '\t')
            {
                indent += 8 - (indent % 8);
            }
            else
            {
                break;
            }
        }

        return indent;
    }

    private static void RemoveIllegal(string[] cleaned, List<(int Line, string Text, bool NewPage)> pieces, DiagnosticBag diagnostics)
    {
        var probe = new DiagnosticBag(diagnostics.Document);
        SourceLines.RemoveIllegalCharacters(cleaned, probe);
        foreach (var item in probe.Items)
        {
            // The probe numbers pieces, not source lines: report on the source line.
            var line = pieces[item.Line - 1].Line + 1;
            diagnostics.Warning(item.Code, line, $"removed character(s) that XML 1.0 does not allow on line {line}");
        }

        for (var i = 0; i < cleaned.Length; i++)
        {
            if (cleaned[i].Contains('\uFFFD', StringComparison.Ordinal))
            {
                diagnostics.Warning(
                    ExtractedTextCodes.ReplacementCharacter,
                    pieces[i].Line + 1,
                    $"line {pieces[i].Line + 1} holds U+FFFD, a glyph the extractor could not map to a character; dropped");
            }
        }
    }

    /// <summary>True when nearly every line (after the first of a page) follows a blank line.</summary>
    private static bool IsDoubleSpaced(List<TextPage> pages)
    {
        var lines = 0;
        var afterBlank = 0;
        foreach (var page in pages)
        {
            for (var i = 1; i < page.Lines.Count; i++)
            {
                lines++;
                afterBlank += page.Lines[i].AfterBlank ? 1 : 0;
            }
        }

        return lines > 0 && afterBlank * 10 >= lines * 7;
    }
}
