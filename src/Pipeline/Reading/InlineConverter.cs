using System.Collections.Immutable;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;
using Pipeline.Diagnostics;
using Pipeline.Model;
using MdInline = Markdig.Syntax.Inlines.Inline;
using ModelInline = Pipeline.Model.Inline;

namespace Pipeline.Reading;

/// <summary>Walks one parsed paragraph; holds the line offset and the diagnostics for it.</summary>
internal sealed class InlineConverter
{
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>
    /// Text not yet added to the items: Markdig cuts prose at every character that might start
    /// markup, and gathering the pieces here makes one text of them, copying each character once.
    /// </summary>
    private readonly List<(string Text, int Start, int Length)> _text = [];

    public InlineConverter(int firstLine, DiagnosticBag diagnostics)
    {
        _firstLine = firstLine;
        _diagnostics = diagnostics;
    }

    public ImmutableArray<ModelInline> Convert(ContainerInline container)
    {
        var items = new List<object>();
        foreach (var child in container)
        {
            Collect(child, items);
        }

        FlushText(items);
        return TagPairing.Pair(items, _diagnostics);
    }

    /// <summary>Adds an item after the text gathered before it.</summary>
    private void Add(List<object> items, object item)
    {
        FlushText(items);
        items.Add(item);
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

    private void FlushText(List<object> items)
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
        items.Add(new Text(value));
        _text.Clear();
    }

    private int LineOf(MdInline inline) => _firstLine + Math.Max(inline.Line, 0);

    private void Collect(MdInline inline, List<object> items)
    {
        switch (inline)
        {
            case LiteralInline literal:
                AddText(literal.Content);
                break;
            case LineBreakInline lineBreak:
                Add(items, new LineEnd(lineBreak.IsHard ? LineEndKind.Hard : LineEndKind.Soft, LineOf(lineBreak)));
                break;
            case HtmlEntityInline entity:
                AddText(entity.Transcoded);
                break;
            case CodeInline code:
                AddText(code.Content);
                break;
            case AutolinkInline autolink:
                var target = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                Add(items, new Link(target, [new Text(autolink.Url)], IsBare: true));
                break;
            case HtmlInline html:
                Add(items, HtmlTag.From(html.Tag, LineOf(html)));
                break;
            case EmphasisInline emphasis:
                // The gathered text comes before the emphasis, and converting it gathers its own.
                FlushText(items);
                var style = emphasis.DelimiterCount >= 2 ? TextStyle.Bold : TextStyle.Italic;
                items.Add(new Styled(style, Convert(emphasis)));
                break;
            case LinkInline { IsImage: true } image:
                _diagnostics.Warning(
                    ReadingCodes.InlineImage,
                    LineOf(image),
                    $"image '{image.Url}' inside running text on line {LineOf(image)} is not a figure; its description is kept as text");
                FlushText(items);
                items.AddRange(Convert(image));
                break;
            case LinkInline link:
                FlushText(items);
                items.Add(new Link(link.Url ?? string.Empty, Convert(link), IsBare: false));
                break;
            case DelimiterInline delimiter:
                AddText(delimiter.ToLiteral());
                foreach (var child in delimiter)
                {
                    Collect(child, items);
                }

                break;
            case ContainerInline other:
                foreach (var child in other)
                {
                    Collect(child, items);
                }

                break;
            default:
                AddText(inline.ToString());
                break;
        }
    }
}
