using System.Collections.Immutable;
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

        return TagPairing.Pair(items, _diagnostics);
    }

    private int LineOf(MdInline inline) => _firstLine + Math.Max(inline.Line, 0);

    private void Collect(MdInline inline, List<object> items)
    {
        switch (inline)
        {
            case LiteralInline literal:
                items.Add(new Text(literal.Content.ToString()));
                break;
            case LineBreakInline lineBreak:
                items.Add(new LineEnd(lineBreak.IsHard ? LineEndKind.Hard : LineEndKind.Soft, LineOf(lineBreak)));
                break;
            case HtmlEntityInline entity:
                items.Add(new Text(entity.Transcoded.ToString()));
                break;
            case CodeInline code:
                items.Add(new Text(code.Content));
                break;
            case AutolinkInline autolink:
                var target = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                items.Add(new Link(target, [new Text(autolink.Url)], IsBare: true));
                break;
            case HtmlInline html:
                items.Add(HtmlTag.From(html.Tag, LineOf(html)));
                break;
            case EmphasisInline emphasis:
                var style = emphasis.DelimiterCount >= 2 ? TextStyle.Bold : TextStyle.Italic;
                items.Add(new Styled(style, Convert(emphasis)));
                break;
            case LinkInline { IsImage: true } image:
                _diagnostics.Warning(
                    ReadingCodes.InlineImage,
                    LineOf(image),
                    $"image '{image.Url}' inside running text on line {LineOf(image)} is not a figure; its description is kept as text");
                items.AddRange(Convert(image));
                break;
            case LinkInline link:
                items.Add(new Link(link.Url ?? string.Empty, Convert(link), IsBare: false));
                break;
            case DelimiterInline delimiter:
                items.Add(new Text(delimiter.ToLiteral()));
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
                items.Add(new Text(inline.ToString() ?? string.Empty));
                break;
        }
    }
}
