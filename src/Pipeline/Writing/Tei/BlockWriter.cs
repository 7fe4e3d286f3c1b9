using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Writing.Tei;

/// <summary>
/// Writes blocks. In a body or div, headings open divisions and loose blocks after a division get
/// a division of their own, because TEI allows no paragraph after a <c>div</c> at the same level.
/// Inside a note everything is paragraph-level.
/// </summary>
internal sealed class BlockWriter
{
    private readonly TeiXml _xml;
    private readonly InlineWriter _inlines;
    private readonly FigureWriter _figures;

    /// <summary>The words of the head of the division being written, to keep a figure from repeating them.</summary>
    private string? _enclosingHead;

    private int _sections;

    public BlockWriter(TeiXml xml, InlineWriter inlines, FigureWriter figures)
    {
        _xml = xml;
        _inlines = inlines;
        _figures = figures;
        _inlines.NoteBlocks = WriteFlat;
    }

    /// <summary>Writes <c>text</c>: the essay in <c>body</c>, appendices and bibliography in <c>back</c>.</summary>
    public void WriteText(Document document, FrontWriter frontMatter)
    {
        var blocks = document.Blocks.OrEmpty();
        var front = blocks.Where(b => !BelongsInBack(b)).ToImmutableArray();
        var back = blocks.Where(BelongsInBack).ToImmutableArray();

        _xml.OpenBlock("text");
        // Page breaks only where the input had pages: a line-based text without any writes none.
        var lastPage = blocks.IsEmpty ? 0 : blocks.Max(b => b.Span.Page);
        if (lastPage > 1 || !document.PageLabels.IsEmpty)
        {
            _inlines.Pages.StartText(document.PageLabels);
        }

        frontMatter.Write(document.Metadata);
        _xml.OpenBlock("body");
        WriteStructured(front.AsSpan(), inBack: false);
        if (!front.Any(b => b is Paragraph or Quotation or Heading or ListItem or BibliographyEntry or Division))
        {
            // Notes and figures alone do not make a TEI body; an empty paragraph says the essay had no running text.
            _xml.OpenMixed("p");
            _xml.CloseMixed();
        }

        _xml.CloseBlock();
        if (!back.IsEmpty)
        {
            _xml.OpenBlock("back");
            WriteStructured(back.AsSpan(), inBack: true);
            _xml.CloseBlock();
        }

        _xml.CloseBlock();
    }

    /// <summary>True when the figure's caption only repeats the head of its division (an appendix titled by its image).</summary>
    private bool RepeatsHead(Figure figure)
    {
        var caption = PlainText.Of(figure.Caption.OrEmpty()).Trim();
        return caption.Length > 0 && _enclosingHead is { } head && head.Contains(caption, StringComparison.Ordinal);
    }

    internal static bool BelongsInBack(Block block) => block is Division division
        && (division.Kind is DivisionKind.Appendix or DivisionKind.Bibliography || HoldsAppendix(division));

    private static bool HoldsAppendix(Division division) =>
        division.Content.OrEmpty().Any(b => b is Division { Kind: DivisionKind.Appendix } || (b is Division inner && HoldsAppendix(inner)));

    /// <remarks>Sections are written from slices of <paramref name="blocks"/>, which copy nothing.</remarks>
    private void WriteStructured(ReadOnlySpan<Block> blocks, bool inBack)
    {
        var i = 0;
        var divisionWritten = false;
        while (i < blocks.Length)
        {
            var block = blocks[i];
            if (block is Division division)
            {
                WriteDivision(division, inBack);
                divisionWritten = true;
                i++;
            }
            else if (block is Heading heading)
            {
                var end = i + 1;
                while (end < blocks.Length && blocks[end] is not Division && !(blocks[end] is Heading next && next.Level <= heading.Level))
                {
                    end++;
                }

                OpenSection();
                WriteHead(heading.Content, heading.Span.Page);
                WriteStructured(blocks[(i + 1)..end], inBack);
                _xml.CloseBlock();
                divisionWritten = true;
                i = end;
            }
            else if (divisionWritten)
            {
                var end = i;
                while (end < blocks.Length && blocks[end] is not (Division or Heading))
                {
                    end++;
                }

                OpenSection();
                WriteRun(blocks[i..end]);
                _xml.CloseBlock();
                i = end;
            }
            else
            {
                var end = i;
                while (end < blocks.Length && blocks[end] is not (Division or Heading))
                {
                    end++;
                }

                WriteRun(blocks[i..end]);
                i = end;
            }
        }
    }

    /// <summary>A section the headings make, numbered in document order so every div can be pointed to.</summary>
    private void OpenSection()
    {
        _xml.OpenBlock("div");
        _xml.Attribute("type", "section");
        _xml.XmlId("section-" + TeiXml.Integer(++_sections));
    }

    private void WriteDivision(Division division, bool inBack)
    {
        var outer = _enclosingHead;
        _enclosingHead = division.Head is { } divisionHead ? PlainText.Of(divisionHead.Content) : null;
        _xml.OpenBlock("div");
        _xml.Attribute("type", TypeOf(division, inBack));
        if (!string.IsNullOrWhiteSpace(division.Id))
        {
            _xml.XmlId(division.Id);
        }
        else
        {
            _xml.XmlId("section-" + TeiXml.Integer(++_sections));
        }

        if (division.Head is { } head)
        {
            WriteHead(head.Content, head.Span.Page);
        }

        WriteStructured(division.Content.OrEmpty().AsSpan(), inBack);
        _xml.CloseBlock();
        _enclosingHead = outer;
    }

    private static string TypeOf(Division division, bool inBack) => division.Kind switch
    {
        DivisionKind.Appendix => "appendix",
        DivisionKind.Bibliography => "bibliography",
        DivisionKind.Section when inBack && HoldsAppendix(division) => "appendices",
        _ => "section",
    };

    /// <remarks>A page that opens with a heading has its break inside the head, where TEI's div allows it.</remarks>
    private void WriteHead(ImmutableArray<Inline> content, int page)
    {
        _xml.OpenMixed("head");
        _inlines.Pages.Write(page);
        _inlines.Write(content, InlineContext.Plain);
        _xml.CloseMixed();
    }

    /// <summary>The blocks of a note, all at paragraph level.</summary>
    private void WriteFlat(ImmutableArray<Block> blocks)
    {
        var all = blocks.OrEmpty();
        // Notes rarely hold divisions: only those need a flattened copy.
        WriteRun(all.Any(block => block is Division) ? Flatten(all).ToArray() : all.AsSpan());
    }

    private static IEnumerable<Block> Flatten(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is Division division)
            {
                if (division.Head is { } head)
                {
                    yield return head;
                }

                foreach (var inner in Flatten(division.Content.OrEmpty()))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return block;
            }
        }
    }

    /// <summary>Paragraph-level blocks; consecutive list items and bibliography entries share one list.</summary>
    private void WriteRun(ReadOnlySpan<Block> blocks)
    {
        var i = 0;
        while (i < blocks.Length)
        {
            switch (blocks[i])
            {
                case ListItem:
                    _xml.OpenBlock("list");
                    while (i < blocks.Length && blocks[i] is ListItem item)
                    {
                        _inlines.Pages.Write(item.Span.Page);
                        WriteMixed("item", item.Content);
                        i++;
                    }

                    _xml.CloseBlock();
                    break;
                case BibliographyEntry:
                    _xml.OpenBlock("listBibl");
                    while (i < blocks.Length && blocks[i] is BibliographyEntry entry)
                    {
                        _inlines.Pages.Write(entry.Span.Page);
                        WriteEntry(entry);
                        i++;
                    }

                    _xml.CloseBlock();
                    break;
                default:
                    _inlines.Pages.Write(blocks[i].Span.Page);
                    WriteParagraphLevel(blocks[i]);
                    i++;
                    break;
            }
        }
    }

    private void WriteParagraphLevel(Block block)
    {
        switch (block)
        {
            case Paragraph paragraph:
                WriteMixed("p", paragraph.Content);
                break;
            case Quotation quotation:
                // TEI's quote stands between paragraphs (model.inter), in a div as in a note.
                WriteMixed("quote", quotation.Content);
                break;
            case Heading heading:
                // Only reached where a div cannot open (inside a note): the heading's words stay as a paragraph.
                WriteMixed("p", heading.Content);
                break;
            case Figure figure:
                _figures.Write(figure, RepeatsHead(figure));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unexpected block node.");
        }
    }

    private void WriteEntry(BibliographyEntry entry)
    {
        _xml.OpenMixed("bibl");
        if (!string.IsNullOrWhiteSpace(entry.Id))
        {
            _xml.XmlId(entry.Id);
        }

        _inlines.Write(entry.Content, InlineContext.InBibl(entry.Parts));
        _xml.CloseMixed();
    }

    private void WriteMixed(string element, ImmutableArray<Inline> content)
    {
        _xml.OpenMixed(element);
        _inlines.Write(content, InlineContext.Plain);
        _xml.CloseMixed();
    }
}
