using System.Collections.Immutable;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;
using Pipeline.Diagnostics;
using Pipeline.Model;
using MdInline = Markdig.Syntax.Inlines.Inline;
using ModelInline = Pipeline.Model.Inline;

namespace Pipeline.Reading;

/// <summary>
/// Walks parsed paragraphs into model inlines. One instance serves a whole document, one paragraph
/// at a time, so its working lists are made once rather than per block.
/// </summary>
internal sealed class InlineConverter
{
    private readonly DiagnosticBag _diagnostics;

    /// <summary>How deep containers may nest before the rest of a subtree is read as flat text.</summary>
    private readonly int _maxNesting;

    /// <summary>
    /// Text not yet added to the items: Markdig cuts prose at every character that might start
    /// markup, and gathering the pieces here makes one text of them, copying each character once.
    /// </summary>
    private readonly List<(string Text, int Start, int Length)> _text = [];

    /// <summary>
    /// The items of the containers being converted, innermost last: a nested container's items
    /// follow its parent's and are removed once converted, so one list serves the whole block.
    /// </summary>
    private readonly List<object> _items = [];

    /// <summary>The source line of the paragraph being converted.</summary>
    private int _firstLine;

    /// <summary>How many containers enclose the one being converted.</summary>
    private int _depth;

    /// <summary>Whether the paragraph being converted has already been reported as nested too deep.</summary>
    private bool _reportedNesting;

    public InlineConverter(DiagnosticBag diagnostics, InputLimits? limits = null)
    {
        _diagnostics = diagnostics;
        _maxNesting = (limits ?? InputLimits.Default).MaxInlineNesting;
    }

    /// <summary>Where the conversion's problems are reported.</summary>
    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>Converts a paragraph's inlines; <paramref name="firstLine"/> is the source line of its first line.</summary>
    public ImmutableArray<ModelInline> Convert(ContainerInline container, int firstLine)
    {
        _firstLine = firstLine;
        _depth = 0;
        _reportedNesting = false;
        return Convert(container);
    }

    /// <summary>
    /// Converts a block's text that <see cref="InlineMarkdown.IsPlain"/> accepts into the items
    /// Markdig's parse of it gives: its lines as texts, soft line ends between them and a tag for
    /// every <c>&lt;sup&gt;</c> or <c>&lt;/sup&gt;</c>.
    /// </summary>
    public ImmutableArray<ModelInline> ConvertPlain(string text, int firstLine)
    {
        _firstLine = firstLine;
        var start = _items.Count;
        var lineStart = 0;
        for (var line = 0; ; line++)
        {
            var end = text.IndexOf('\n', lineStart);
            var lineEnd = end < 0 ? text.Length : end;
            AddLine(text, lineStart, lineEnd, _firstLine + line);
            if (end < 0)
            {
                break;
            }

            Add(new LineEnd(LineEndKind.Soft, _firstLine + line));
            lineStart = end + 1;
        }

        FlushText();
        var inlines = TagPairing.Pair(_items, start, _diagnostics, 0, _maxNesting);
        _items.RemoveRange(start, _items.Count - start);
        return inlines;
    }

    /// <summary>Adds one line of plain text: its words, and its superscript tags as tags.</summary>
    private void AddLine(string text, int start, int end, int sourceLine)
    {
        while (start < end)
        {
            var tag = text.IndexOf('<', start, end - start);
            if (tag < 0)
            {
                AddText(text, start, end - start);
                return;
            }

            AddText(text, start, tag - start);
            var raw = InlineMarkdown.SuperscriptTagLength(text.AsSpan(tag)) == InlineMarkdown.SuperscriptOpen.Length
                ? InlineMarkdown.SuperscriptOpen
                : InlineMarkdown.SuperscriptClose;
            Add(HtmlTag.From(raw, sourceLine));
            start = tag + raw.Length;
        }
    }

    private ImmutableArray<ModelInline> Convert(ContainerInline container)
    {
        var start = _items.Count;
        _depth++;
        try
        {
            CollectChildren(container);
            FlushText();
            var inlines = TagPairing.Pair(_items, start, _diagnostics, _depth, _maxNesting);
            _items.RemoveRange(start, _items.Count - start);
            return inlines;
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>
    /// Collects a container's children, or, once containers nest deeper than the limit, its whole
    /// subtree as flat text without recursing, so no input can exhaust the stack.
    /// </summary>
    private void CollectChildren(ContainerInline container)
    {
        if (_depth <= _maxNesting)
        {
            foreach (var child in container)
            {
                Collect(child);
            }

            return;
        }

        if (!_reportedNesting)
        {
            _reportedNesting = true;
            _diagnostics.Warning(
                ReadingCodes.NestedTooDeep,
                LineOf(container),
                $"inline markup from line {LineOf(container)} nests deeper than {_maxNesting} levels; the deeper levels are kept as plain text");
        }

        FlatInlineText.Collect(container, AddText, inline => Add(new LineEnd(inline.IsHard ? LineEndKind.Hard : LineEndKind.Soft, LineOf(inline))));
    }

    /// <summary>Adds an item after the text gathered before it.</summary>
    private void Add(object item)
    {
        FlushText();
        _items.Add(item);
    }

    private void AddText(StringSlice slice) => AddText(slice.Text, slice.Start, slice.Length);

    private void AddText(string? text) => AddText(text, 0, text?.Length ?? 0);

    private void AddText(string? text, int start, int length)
    {
        if (text is not null && length > 0)
        {
            _text.Add((text, start, length));
        }
    }

    private void FlushText()
    {
        if (_text.Count == 0)
        {
            return;
        }

        var length = 0;
        foreach (var piece in _text)
        {
            length += piece.Length;
        }

        var (first, firstStart, firstLength) = _text[0];
        var value = _text.Count > 1
            ? string.Create(length, _text, static (span, pieces) =>
            {
                foreach (var (text, start, count) in pieces)
                {
                    text.AsSpan(start, count).CopyTo(span);
                    span = span[count..];
                }
            })
            : firstLength == first.Length ? first : first.Substring(firstStart, firstLength);
        _items.Add(new Text(value));
        _text.Clear();
    }

    private int LineOf(MdInline inline) => _firstLine + Math.Max(inline.Line, 0);

    /// <summary>Collects the children of a container that adds no level to the model, counting it all the same.</summary>
    private void CollectNested(ContainerInline container)
    {
        _depth++;
        try
        {
            CollectChildren(container);
        }
        finally
        {
            _depth--;
        }
    }

    private void Collect(MdInline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                AddText(literal.Content);
                break;
            case LineBreakInline lineBreak:
                Add(new LineEnd(lineBreak.IsHard ? LineEndKind.Hard : LineEndKind.Soft, LineOf(lineBreak)));
                break;
            case HtmlEntityInline entity:
                AddText(entity.Transcoded);
                break;
            case CodeInline code:
                AddText(code.Content);
                break;
            case AutolinkInline autolink:
                var target = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                Add(new Link(target, [new Text(autolink.Url)], IsBare: true));
                break;
            case HtmlInline html:
                Add(HtmlTag.From(html.Tag, LineOf(html)));
                break;
            case EmphasisInline emphasis:
                // The gathered text comes before the emphasis, and converting it gathers its own.
                FlushText();
                var style = emphasis.DelimiterCount >= 2 ? TextStyle.Bold : TextStyle.Italic;
                _items.Add(new Styled(style, Convert(emphasis)));
                break;
            case LinkInline { IsImage: true } image:
                _diagnostics.Warning(
                    ReadingCodes.InlineImage,
                    LineOf(image),
                    $"image '{image.Url}' inside running text on line {LineOf(image)} is not a figure; its description is kept as text");
                FlushText();
                _items.AddRange(Convert(image));
                break;
            case LinkInline link:
                FlushText();
                _items.Add(new Link(link.Url ?? string.Empty, Convert(link), IsBare: false));
                break;
            case DelimiterInline delimiter:
                AddText(delimiter.ToLiteral());
                CollectNested(delimiter);
                break;
            case ContainerInline other:
                CollectNested(other);
                break;
            default:
                AddText(inline.ToString());
                break;
        }
    }
}
