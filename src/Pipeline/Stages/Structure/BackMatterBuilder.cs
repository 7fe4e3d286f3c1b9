using System.Collections.Immutable;
using System.Text;
using Pipeline.Diagnostics;
using Pipeline.Model;

namespace Pipeline.Stages.Structure;

/// <summary>
/// A small state machine over the blocks after the front matter: opens and closes the appendix
/// group, the appendices and the bibliography as their heads come by.
/// </summary>
internal sealed class BackMatterBuilder
{
    private readonly AppendixImages _images;
    private readonly DiagnosticBag _diagnostics;
    private readonly ImmutableArray<Block>.Builder _top = ImmutableArray.CreateBuilder<Block>();
    private readonly HashSet<string> _appendixIds = new(StringComparer.Ordinal);
    private readonly BibliographyIds _bibliographyIds = new();
    private readonly StringBuilder _entryText = new();
    private Heading? _groupHead;
    private List<Block>? _group;
    private (Heading Head, string Id, string Label, int SourceLevel)? _appendix;
    private List<Block>? _appendixContent;
    private Heading? _bibliographyHead;
    private List<Block>? _bibliography;
    private int _bibliographies;

    public BackMatterBuilder(AppendixImages images, DiagnosticBag diagnostics)
    {
        _images = images;
        _diagnostics = diagnostics;
    }

    public void Add(Block block)
    {
        if (SectionHeads.IsAppendixGroup(block))
        {
            CloseAll();
            _groupHead = (Heading)block;
            _group = [];
        }
        else if (SectionHeads.IsBibliography(block))
        {
            CloseAll();
            _bibliographyHead = (Heading)block;
            _bibliography = [];
        }
        else if (SectionHeads.TryAppendix(block, out var label, out var content))
        {
            CloseAppendix();
            CloseBibliography();
            OpenAppendix(block, label, content);
        }
        else if (block is Heading heading && !(_appendix is { } open && heading.Level > open.SourceLevel))
        {
            CloseAll();
            _top.Add(block);
        }
        else if (_bibliography is not null)
        {
            _bibliography.Add(AsEntry(block));
        }
        else if (_appendixContent is not null)
        {
            _appendixContent.Add(block);
        }
        else if (_group is not null)
        {
            _group.Add(block);
        }
        else
        {
            _top.Add(block);
        }
    }

    public ImmutableArray<Block> Finish()
    {
        CloseAll();
        CloseFigureSection();
        return _top.ToImmutable();
    }

    /// <summary>
    /// A last section that holds nothing but figures (an article's plates printed after its text, as
    /// journals do) is back matter, like an appendix: its captions are not the essay's text.
    /// </summary>
    private void CloseFigureSection()
    {
        var start = _top.Count;
        while (start > 0 && _top[start - 1] is Figure)
        {
            start--;
        }

        if (start == _top.Count || start == 0 || _top[start - 1] is not Heading head || start - 1 == 0)
        {
            return;
        }

        var figures = _top.Skip(start).ToList();
        _top.RemoveRange(start - 1, figures.Count + 1);
        _top.Add(new Division(DivisionKind.Appendix, "figures", head, [.. figures], SpanOf(head, figures)));
        _diagnostics.Info(StructureCodes.FigureSection, head.Span.FirstLine, $"the last section, '{PlainText.Of(head.Content).Trim()}' (line {head.Span.FirstLine}), holds only its {figures.Count} figures: written in the back matter");
    }

    private void OpenAppendix(Block block, string label, ImmutableArray<Inline> content)
    {
        var key = label.ToLowerInvariant();
        var id = "appendix-" + key;
        for (var n = 2; !_appendixIds.Add(id); n++)
        {
            id = $"appendix-{key}-{n}";
        }

        var sourceLevel = block is Heading heading ? heading.Level : _groupHead?.Level ?? 2;
        var level = (_groupHead?.Level ?? 1) + 1;
        _appendix = (new Heading(level, content, block.Span), id, key, sourceLevel);
        _appendixContent = [];
    }

    private void CloseAll()
    {
        CloseAppendix();
        CloseGroup();
        CloseBibliography();
    }

    private void CloseAppendix()
    {
        if (_appendix is not { } appendix || _appendixContent is null)
        {
            return;
        }

        var content = _appendixContent;
        if (!content.Any(block => block is Figure))
        {
            var image = _images.For(appendix.Label);
            if (image is null)
            {
                _diagnostics.Warning(
                    StructureCodes.NoAppendixImage,
                    appendix.Head.Span.FirstLine,
                    $"appendix {appendix.Label} (line {appendix.Head.Span.FirstLine}) has no image appendix-{appendix.Label}.jpg/.jpeg/.png/.tif/.tiff in the document folder; no figure made");
            }
            else
            {
                content.Insert(0, new Figure("figure-" + appendix.Id, image, Caption(appendix.Head.Content), null, appendix.Head.Span));
            }
        }

        var division = new Division(DivisionKind.Appendix, appendix.Id, appendix.Head, [.. content], SpanOf(appendix.Head, content));
        (_group ?? (ICollection<Block>)_top).Add(division);
        _appendix = null;
        _appendixContent = null;
    }

    private void CloseGroup()
    {
        if (_groupHead is null || _group is null)
        {
            return;
        }

        _top.Add(new Division(DivisionKind.Section, "appendices", _groupHead, [.. _group], SpanOf(_groupHead, _group)));
        _groupHead = null;
        _group = null;
    }

    private void CloseBibliography()
    {
        if (_bibliographyHead is null || _bibliography is null)
        {
            return;
        }

        // Several bibliography sections ("Primary Sources", "Secondary Sources") each need their own id.
        var id = ++_bibliographies == 1 ? "bibliography" : $"bibliography-{_bibliographies}";
        _top.Add(new Division(DivisionKind.Bibliography, id, _bibliographyHead, [.. _bibliography], SpanOf(_bibliographyHead, _bibliography)));
        _bibliographyHead = null;
        _bibliography = null;
    }

    /// <summary>Every list item or paragraph under the bibliography heading is an entry, bullet or not.</summary>
    private Block AsEntry(Block block)
    {
        var content = block switch
        {
            ListItem item => item.Content,
            Paragraph paragraph => paragraph.Content,
            _ => default(ImmutableArray<Inline>?),
        };
        if (content is not { } inlines)
        {
            return block;
        }

        return new BibliographyEntry(_bibliographyIds.Next(VisibleText(inlines)), inlines, null, block.Span);
    }

    /// <summary>The entry's plain text with its links left out, built in the one builder all entries share.</summary>
    private string VisibleText(ImmutableArray<Inline> inlines)
    {
        _entryText.Clear();
        var all = inlines.AsSpan();
        var run = 0;
        for (var i = 0; i <= all.Length; i++)
        {
            if (i == all.Length || all[i] is Link)
            {
                // No length limit: the whole run is appended.
                PlainText.AppendUpTo(_entryText, all[run..i], int.MaxValue - 1);
                run = i + 1;
            }
        }

        return _entryText.ToString();
    }

    /// <summary>The figure caption: the appendix title without its "Appendix N." label.</summary>
    private static ImmutableArray<Inline> Caption(ImmutableArray<Inline> head)
    {
        if (head.IsEmpty || head[0] is not Text first)
        {
            return head;
        }

        var cut = SectionHeads.LabelLength(first.Value);
        if (cut == 0)
        {
            return head;
        }

        var rest = first.Value[cut..];
        var caption = rest.Length == 0 ? head[1..] : head.SetItem(0, new Text(rest));
        return caption.IsEmpty ? head : caption;
    }

    private static SourceSpan SpanOf(Heading head, List<Block> content) =>
        content.Count == 0 ? head.Span : head.Span.Through(content[^1].Span);
}
