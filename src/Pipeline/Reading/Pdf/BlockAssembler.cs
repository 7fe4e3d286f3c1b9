using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading.Layout;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Turns the pages' lines into the reading-side model: headings from large or bold type, paragraphs
/// from indentation, vertical gaps and short lines (not from line ends), each column's foot zone as a
/// rule and its notes, endnotes under a "Notes" heading, images as figures. A paragraph that fills
/// its column's last line and whose continuation starts the next column unindented runs on; the
/// feet of the columns it crosses follow it, so the model keeps the scrape's order (body, then notes).
/// </summary>
internal sealed partial class BlockAssembler
{
    private readonly LayoutMetrics _metrics;
    private readonly InlineBuilder _inlines;
    private readonly DiagnosticBag _diagnostics;
    private readonly ImmutableArray<Block>.Builder _blocks = ImmutableArray.CreateBuilder<Block>();
    private readonly List<Block> _deferred = [];
    private readonly List<Block> _pageFeet = [];
    private readonly List<PdfLine> _open = [];
    private OpenKind _kind;
    private string _label = string.Empty;
    private int _labelGlyphs;
    private bool _endnotes;
    private int _figures;
    private (PdfImageBox Box, int Page)? _lastImage;
    private int _lastNote;
    private double _flushLeft;
    private PdfLine? _nextInColumn;
    private PdfLine? _previousInColumn;
    private readonly List<PdfLine> _placements = [];

    public BlockAssembler(LayoutMetrics metrics, InlineBuilder inlines, DiagnosticBag diagnostics)
    {
        _metrics = metrics;
        _inlines = inlines;
        _diagnostics = diagnostics;
    }

    private enum OpenKind
    {
        Text,
        Heading,
        Endnote,
        Continuation,
    }

    public ImmutableArray<Block> Assemble(List<PdfPageLayout> pages, Func<PdfPageLayout, IReadOnlyList<HorizontalRule>> rules)
    {
        foreach (var page in pages)
        {
            var images = new Queue<PdfImageBox>(page.Images.OrderByDescending(i => i.Top));
            for (var c = 0; c < page.Columns.Count; c++)
            {
                var column = page.Columns[c];
                var left = LayoutMetrics.LeftEdge(column);
                var right = LayoutMetrics.RightEdge(column);
                foreach (var line in column)
                {
                    line.ColumnLeft = left;
                    line.ColumnRight = right;
                }

                // Where unindented lines start: on a page of short paragraphs most lines may be first lines, indented.
                _flushLeft = column.GroupBy(l => Math.Round(l.Left)).Where(g => g.Count() >= 2).Select(g => g.Min(l => l.Left)).DefaultIfEmpty(left).Min();

                var zone = _endnotes ? column.Count : FootZone.Start(column, _metrics.BodySize, rules(page), _lastNote);
                for (var i = 0; i < zone; i++)
                {
                    while (images.Count > 0 && images.Peek().Bottom > column[i].Baseline && Overlaps(images.Peek(), column))
                    {
                        AddFigure(images.Dequeue(), page, column[i].Number);
                    }

                    _nextInColumn = i + 1 < zone ? column[i + 1] : null;
                    _previousInColumn = i > 0 ? column[i - 1] : null;
                    Add(column[i], i == 0);
                }

                if (_open.Count > 0 && _kind == OpenKind.Heading)
                {
                    Close();
                }

                if (zone < column.Count)
                {
                    AddFoot(column.GetRange(zone, column.Count - zone));
                }
            }

            while (images.Count > 0)
            {
                AddFigure(images.Dequeue(), page, page.Lines.Select(l => l.Number).DefaultIfEmpty(0).Max());
            }

            // Every column's notes follow the page's body (after the paragraph that runs on to the next page, if one
            // does), so no body paragraph of a page stands after one of its feet, as on a page of one column.
            if (_open.Count > 0)
            {
                _deferred.AddRange(_pageFeet);
            }
            else
            {
                _blocks.AddRange(_pageFeet);
            }

            _pageFeet.Clear();
        }

        Close();
        return PlacementLinks.Link(_blocks.ToImmutable(), _placements, _diagnostics);
    }

    private static bool Overlaps(PdfImageBox image, List<PdfLine> column) =>
        image.Left < column.Max(l => l.Right) && image.Right > column.Min(l => l.Left);

    private bool IsHeading(PdfLine line) =>
        LayoutMetrics.IsLargeType(line, _metrics.BodySize)
        || (line.AllBold && line.Text.Length <= 120 && line.Size >= 0.95 * _metrics.BodySize && !IndentedLikeParagraph(line, _flushLeft));

    /// <summary>
    /// A bold line that starts at a paragraph's first-line indent, not centred, opens a paragraph set
    /// in bold (a clipping's headline, a run-in lead): headings stand flush or centred.
    /// </summary>
    private static bool IndentedLikeParagraph(PdfLine line, double flushLeft)
    {
        var indent = line.Left - flushLeft;
        var centred = Math.Abs(((line.Left + line.Right) / 2) - ((line.ColumnLeft + line.ColumnRight) / 2)) < line.Size;
        return indent > 0.6 * line.Size && indent < 4 * line.Size && !centred;
    }

    private void Add(PdfLine line, bool columnStart)
    {
        var heading = IsHeading(line);
        if (_endnotes && !heading)
        {
            if (FootZone.OpensNote(line, _lastNote, out var label, out var glyphs))
            {
                Close();
                Open(line, OpenKind.Endnote, label, glyphs);
            }
            else if (_open.Count > 0)
            {
                _open.Add(line);
            }
            else
            {
                // Endnotes run on from page to page: text before the page's first number continues the last note.
                var continues = _blocks.Count > 0 && _blocks[^1] is FootnoteText or FootnoteContinuation;
                Open(line, continues ? OpenKind.Continuation : OpenKind.Text, string.Empty, 0);
            }

            return;
        }

        if (PlacementLine.Is(line, _previousInColumn, _nextInColumn, _metrics.Pitch(line.Size), out var display))
        {
            line.Placement = display;
            _placements.Add(line);
            if (_open.Count == 0 || _kind != OpenKind.Text)
            {
                Close();
                Open(line, OpenKind.Text, string.Empty, 0);
                return;
            }

            // It stands inside the open paragraph for now: the line after it says whether the paragraph goes on.
            _open.Add(line);
            return;
        }

        var kind = heading ? OpenKind.Heading : OpenKind.Text;
        if (_open.Count > 0 && _open[^1].Placement is not null)
        {
            AfterPlacement(line, kind);
            return;
        }

        if (_open.Count > 0 && Continues(line, kind, columnStart))
        {
            _open.Add(line);
            return;
        }

        Close();
        Open(line, kind, string.Empty, 0);
    }

    /// <summary>
    /// The line after a placement line: an unindented one goes on with the paragraph the placement
    /// interrupted (the figure stood inside it, as across a page break); an indented one opens a new
    /// paragraph, which the placement then opens (the figure stood between the two); a heading closes
    /// the paragraph with the placement at its end.
    /// </summary>
    private void AfterPlacement(PdfLine line, OpenKind kind)
    {
        var before = _open.FindLastIndex(l => l.Placement is null);
        if (kind != OpenKind.Text)
        {
            Close();
            Open(line, kind, string.Empty, 0);
            return;
        }

        var goesOn = before < 0 || (Math.Abs(_open[before].Size - line.Size) <= 0.6 && line.Left <= line.ColumnLeft + (0.3 * line.Size));
        if (!goesOn)
        {
            var moved = _open.GetRange(before + 1, _open.Count - before - 1);
            _open.RemoveRange(before + 1, moved.Count);
            Close();
            _open.AddRange(moved);
            _kind = OpenKind.Text;
            _label = string.Empty;
            _labelGlyphs = 0;
        }

        _open.Add(line);
    }

    private void Open(PdfLine line, OpenKind kind, string label, int labelGlyphs)
    {
        _open.Add(line);
        _kind = kind;
        _label = label;
        _labelGlyphs = labelGlyphs;
    }

    private bool Continues(PdfLine line, OpenKind kind, bool columnStart)
    {
        var previous = _open[^1];
        if (kind != _kind || _kind == OpenKind.Endnote)
        {
            return false;
        }

        if (_kind == OpenKind.Text && line.StartsParagraph is { } starts && previous.StartsParagraph is not null && previous.Page == line.Page)
        {
            // The page's OCR reflow has already told its paragraphs (a page break is still the assembler's).
            return !starts;
        }

        var gap = previous.Baseline - line.Baseline;
        if (_kind == OpenKind.Heading)
        {
            return !columnStart && Math.Abs(previous.Size - line.Size) < 0.3 && gap > 0 && gap <= 1.8 * line.Size;
        }

        if (Math.Abs(previous.Size - line.Size) > 0.6)
        {
            return false;
        }

        var indent = 0.6 * line.Size;
        if (columnStart)
        {
            // The block's own right edge: a quotation set narrower than the column is full at its own width.
            var edge = _open.Count >= 2 ? _open.Max(l => l.Right) : previous.ColumnRight;
            var full = _metrics.Justified
                ? previous.Right >= edge - (1.5 * previous.Size)
                : !EndsSentence().IsMatch(previous.Text);
            var slack = 0.3 * line.Size;
            return full && (line.Left <= line.ColumnLeft + slack || GoesOnIndented(previous, line, slack));
        }

        if (gap <= 0 || gap > (_metrics.Pitch(line.Size) * 1.2) + 0.5)
        {
            return false;
        }

        var indented = line.Left > previous.Left + indent;
        if (_open.Count >= 2 && (indented || line.Left < previous.Left - indent))
        {
            return false;
        }

        if (!_metrics.Justified)
        {
            return true;
        }

        // A justified block's lines reach its right edge (the column's, or a quotation's own); a short one ends it.
        var margin = 2 * previous.Size;
        if (_open.Count == 1)
        {
            // Justified lines are short only at a paragraph's end or before a word too long to break (a URL);
            // a short one that ends a sentence before a capital ends its paragraph (one-line entries in a list).
            var short1 = previous.Right < previous.ColumnRight - margin;
            var ended = previous.Right < previous.ColumnRight - previous.Size && EndsFullStop().IsMatch(previous.Text) && StartsSentence().IsMatch(line.Text);
            return !ended && !(short1 && (indented || line.Right > previous.Right + margin));
        }

        return previous.Right >= _open.Max(l => l.Right) - margin;
    }

    /// <summary>
    /// A block set in from its column (a quotation) that fills its last line goes on at the top of the
    /// next column or page when that starts at the same distance from its own column's edge (the
    /// columns of a page, and odd and even pages, stand at different places) and its next line keeps
    /// that indent: a paragraph's indented first line is followed by a flush one.
    /// </summary>
    private bool GoesOnIndented(PdfLine previous, PdfLine line, double slack)
    {
        var indent = previous.Left - previous.ColumnLeft;
        var sameIndent = indent > slack && Math.Abs(line.Left - line.ColumnLeft - indent) < slack;
        var next = _nextInColumn;
        var staysIndented = next is null || Math.Abs(next.Size - line.Size) > 0.6 || line.Baseline - next.Baseline > 2 * _metrics.Pitch(line.Size)
            || Math.Abs(next.Left - line.Left) < slack;
        return sameIndent && staysIndented;
    }

    private void Close()
    {
        if (_open.Count == 0)
        {
            return;
        }

        var lines = _open.ToList();
        _open.Clear();
        var span = new SourceSpan(lines[0].Number, lines[^1].Number, lines[0].Page);
        switch (_kind)
        {
            case OpenKind.Heading:
                var text = string.Join(" ", lines.Select(l => l.Text)).Trim();
                if (NotesTitle().IsMatch(text))
                {
                    _endnotes = true;
                    _diagnostics.Info(PdfReadingCodes.EndnotesFound, span.FirstLine, $"endnotes under the heading '{text}' on page {span.Page}");
                    break;
                }

                _endnotes = false;
                if (IsByLine(lines))
                {
                    _blocks.Add(new Paragraph(_inlines.Build(lines, 0, FontFace.Regular, callsAllowed: true), span));
                    break;
                }

                var plain = lines.All(l => l.AllBold) ? FontFace.Bold : FontFace.Regular;
                _blocks.Add(new Heading(_metrics.HeadingLevel(lines[0].Size), _inlines.Build(lines, 0, plain, callsAllowed: true), span));
                break;
            case OpenKind.Endnote:
                _blocks.Add(Note(_label, lines, _labelGlyphs, span));
                break;
            case OpenKind.Continuation:
                _blocks.Add(new FootnoteContinuation(_inlines.Build(lines, 0, FontFace.Regular, callsAllowed: false), span));
                break;
            default:
                var content = _inlines.Build(lines, 0, FontFace.Regular, callsAllowed: !_endnotes);
                if (!_endnotes && _blocks.Count > 0 && _blocks[^1] is Figure { Caption.IsDefaultOrEmpty: true } figure
                    && _lastImage is { } image && FigureCaptions.IsCaption(lines, image.Box, image.Page, _metrics.BodySize))
                {
                    _blocks[^1] = figure with { Caption = content };
                    _diagnostics.Info(PdfReadingCodes.Caption, span.FirstLine, $"the paragraph under image {image.Box.FileName} (page {span.Page}, line {span.FirstLine}) is its caption");
                    break;
                }

                _blocks.Add(!_endnotes && BlockQuotation.Is(lines.FindAll(l => l.Placement is null), _metrics) ? new Quotation(content, span) : new Paragraph(content, span));
                break;
        }

        _blocks.AddRange(_deferred);
        _deferred.Clear();
    }

    /// <summary>
    /// Under the title, before any paragraph, one regular line only a little larger than the text
    /// (under 1.35 times) is the by-line ("John T. Fierst", "Office of the Historian"), not a
    /// heading: subtitles are set larger, section heads bold.
    /// </summary>
    private bool IsByLine(List<PdfLine> lines) =>
        lines.Count == 1 && !lines[0].AllBold && lines[0].Size < 1.35 * _metrics.BodySize
        && _blocks.Count > 0 && _blocks.All(b => b is Heading);

    private FootnoteText Note(string label, List<PdfLine> lines, int labelGlyphs, SourceSpan span)
    {
        if (int.TryParse(label, out var number))
        {
            if (number != _lastNote + 1 && number != 1)
            {
                _diagnostics.Warning(PdfReadingCodes.NoteSkips, span.FirstLine, $"note {label} on page {span.Page}, line {span.FirstLine} does not follow note {_lastNote}");
            }

            _lastNote = number;
        }

        return new FootnoteText(label, _inlines.Build(lines, labelGlyphs, FontFace.Regular, callsAllowed: false), span);
    }

    /// <summary>
    /// A column's foot zone: a rule, then a continuation of the last note (lines before the first
    /// number), then its notes; numbered now (the next column's notes follow these), placed at the page's end.
    /// </summary>
    private void AddFoot(List<PdfLine> lines)
    {
        _pageFeet.Add(new FootRule(new SourceSpan(lines[0].Number, lines[0].Number, lines[0].Page)));
        var groups = new List<(string? Label, int Glyphs, List<PdfLine> Lines)>();
        var last = _lastNote;
        foreach (var line in lines)
        {
            if (FootZone.OpensNote(line, last, out var label, out var glyphs))
            {
                last = int.TryParse(label, out var n) ? n : last;
                groups.Add((label, glyphs, [line]));
            }
            else if (groups.Count > 0)
            {
                groups[^1].Lines.Add(line);
            }
            else
            {
                groups.Add((null, 0, [line]));
            }
        }

        foreach (var (label, glyphs, group) in groups)
        {
            var span = new SourceSpan(group[0].Number, group[^1].Number, group[0].Page);
            _pageFeet.Add(label is null
                ? new FootnoteContinuation(_inlines.Build(group, 0, FontFace.Regular, callsAllowed: false), span)
                : Note(label, group, glyphs, span));
        }
    }

    private void AddFigure(PdfImageBox image, PdfPageLayout page, int line)
    {
        Close();
        _figures++;
        _lastImage = (image, page.Number);
        _blocks.Add(new Figure($"figure-{_figures}", image.FileName, [], null, new SourceSpan(line, line, page.Number)));
    }

    [GeneratedRegex(@"^(?:end)?notes$", RegexOptions.IgnoreCase)]
    private static partial Regex NotesTitle();

    [GeneratedRegex(@"[.!?:;][""”’)\]]?$")]
    private static partial Regex EndsSentence();

    [GeneratedRegex(@"[.!?][""”’)\]]?$")]
    private static partial Regex EndsFullStop();

    [GeneratedRegex(@"^[""“‘']?\p{Lu}")]
    private static partial Regex StartsSentence();
}
