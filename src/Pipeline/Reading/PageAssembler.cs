using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading.Layout;

namespace Pipeline.Reading;

/// <summary>
/// Turns raw blocks into model blocks and finds the pages. A scraped page is its body, then a
/// rule, then its footnotes; the first block after the footnotes that is not a footnote starts
/// the next page. Paragraphs between a rule and its first footnote continue the previous page's
/// last note.
/// </summary>
internal sealed class PageAssembler
{
    private readonly ImmutableArray<RawBlock> _raw;
    private readonly InlineMarkdown _inlines;
    private readonly DiagnosticBag _diagnostics;
    private readonly InlineConverter _converter;
    private readonly ImmutableArray<Block>.Builder _blocks;
    private int _page = 1;
    private int _figures;

    public PageAssembler(ImmutableArray<RawBlock> raw, InlineMarkdown inlines, DiagnosticBag diagnostics)
    {
        _raw = raw;
        _inlines = inlines;
        _diagnostics = diagnostics;
        _converter = new InlineConverter(diagnostics);
        // A raw block gives at most one block.
        _blocks = ImmutableArray.CreateBuilder<Block>(raw.Length);
    }

    public ImmutableArray<Block> Assemble()
    {
        var i = 0;
        while (i < _raw.Length)
        {
            var block = _raw[i];
            if (block.Kind != RawBlockKind.Rule)
            {
                AddBody(block);
                i++;
                continue;
            }

            _blocks.Add(new FootRule(Span(block)));
            i = ReadFootZone(block, i + 1);
        }

        return _blocks.DrainToImmutable();
    }

    /// <summary>Reads the footnote zone after the rule at <paramref name="rule"/>; returns the index of the next page's first block.</summary>
    private int ReadFootZone(RawBlock rule, int start)
    {
        var firstNote = start;
        while (firstNote < _raw.Length && _raw[firstNote].Kind == RawBlockKind.Paragraph && !IsFootnote(_raw[firstNote]))
        {
            firstNote++;
        }

        if (firstNote >= _raw.Length || !IsFootnote(_raw[firstNote]))
        {
            _diagnostics.Warning(
                ReadingCodes.RuleWithoutNotes,
                rule.FirstLine,
                $"the rule on line {rule.FirstLine} is not followed by footnotes; the text after it is read as the next page");
            _page++;
            return start;
        }

        for (var i = start; i < firstNote; i++)
        {
            _blocks.Add(new FootnoteContinuation(_inlines.Parse(_raw[i].Text, _raw[i].FirstLine, _converter), Span(_raw[i])));
        }

        var next = firstNote;
        while (next < _raw.Length && IsFootnote(_raw[next]))
        {
            AddFootnote(_raw[next]);
            next++;
        }

        _page++;
        return next;
    }

    private static bool IsFootnote(RawBlock block) =>
        block.Kind == RawBlockKind.Paragraph && FootnoteStart.IsMatch(block.Lines[0]);

    private void AddFootnote(RawBlock block)
    {
        FootnoteStart.TryMatch(block.Lines[0], out var label, out var rest);
        var text = block.Lines.Length == 1 ? rest : rest + "\n" + string.Join('\n', block.Lines.Skip(1));
        _blocks.Add(new FootnoteText(label, _inlines.Parse(text, block.FirstLine, _converter), Span(block)));
    }

    private void AddBody(RawBlock block)
    {
        switch (block.Kind)
        {
            case RawBlockKind.Heading:
                _blocks.Add(new Heading(block.HeadingLevel, _inlines.Parse(block.Text, block.FirstLine, _converter), Span(block)));
                break;
            case RawBlockKind.ListItem:
                _blocks.Add(new ListItem(_inlines.Parse(block.Text, block.FirstLine, _converter), Span(block)));
                break;
            case RawBlockKind.Quotation:
                _blocks.Add(new Quotation(_inlines.Parse(block.Text, block.FirstLine, _converter), Span(block)));
                break;
            default:
                var text = block.Text;
                if (_inlines.TryParseImage(text, block.FirstLine, _converter, out var path, out var alt))
                {
                    AddFigure(block, path, alt);
                }
                else
                {
                    _blocks.Add(new Paragraph(_inlines.Parse(text, block.FirstLine, _converter), Span(block)));
                }

                break;
        }
    }

    private void AddFigure(RawBlock block, string path, ImmutableArray<Inline> alt)
    {
        var safe = ImagePaths.Normalise(path);
        if (safe is null)
        {
            _diagnostics.Error(
                ReadingCodes.ImagePath,
                block.FirstLine,
                $"image path '{path}' on line {block.FirstLine} is not inside the document folder; no figure made");
            return;
        }

        _figures++;
        _blocks.Add(new Figure($"figure-{_figures}", safe, alt, null, Span(block)));
    }

    private SourceSpan Span(RawBlock block) => new(block.FirstLine, block.LastLine, _page);
}
