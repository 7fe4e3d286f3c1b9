using System.Collections.Immutable;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pipeline.Diagnostics;
using Pipeline.Model;
using MdInline = Markdig.Syntax.Inlines.Inline;
using ModelInline = Pipeline.Model.Inline;

namespace Pipeline.Reading;

/// <summary>
/// The inline layer. Parses one block's text with a Markdig pipeline whose only block parser is the
/// paragraph parser (so headings, lists, quotes or code inside a block's text stay text) and maps
/// Markdig's inlines to the document model.
/// </summary>
internal sealed class InlineMarkdown
{
    private readonly MarkdownPipeline _pipeline;

    public InlineMarkdown()
    {
        var builder = new MarkdownPipelineBuilder { PreciseSourceLocation = true };
        builder.BlockParsers.RemoveAll(parser => parser is not ParagraphBlockParser);
        foreach (var parser in builder.BlockParsers)
        {
            if (parser is ParagraphBlockParser paragraph)
            {
                paragraph.ParseSetextHeadings = false;
            }
        }

        _pipeline = builder.Build();
    }

    /// <summary>Parses a block's text (lines joined by LF); <paramref name="firstLine"/> is the source line of its first line.</summary>
    public ImmutableArray<ModelInline> Parse(string text, int firstLine, DiagnosticBag diagnostics)
    {
        var paragraph = ParseParagraph(text, firstLine, diagnostics);
        if (paragraph?.Inline is null)
        {
            return text.Length == 0 ? [] : [new Text(text)];
        }

        var converter = new InlineConverter(firstLine, diagnostics);
        return converter.Convert(paragraph.Inline);
    }

    /// <summary>
    /// When the block's whole text is one image (<c>![alt](path)</c>), returns its path, alt inlines
    /// and true; otherwise false.
    /// </summary>
    public bool TryParseImage(string text, int firstLine, DiagnosticBag diagnostics, out string path, out ImmutableArray<ModelInline> alt)
    {
        path = string.Empty;
        alt = [];
        if (!text.TrimStart().StartsWith("![", StringComparison.Ordinal))
        {
            return false;
        }

        var scratch = new DiagnosticBag(diagnostics.Document);
        var paragraph = ParseParagraph(text, firstLine, scratch);
        if (paragraph?.Inline is null)
        {
            return false;
        }

        LinkInline? image = null;
        foreach (var child in paragraph.Inline)
        {
            if (child is LinkInline { IsImage: true } link && image is null)
            {
                image = link;
            }
            else if (!(child is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) && child is not LineBreakInline)
            {
                return false;
            }
        }

        if (image is null)
        {
            return false;
        }

        path = image.Url ?? string.Empty;
        alt = new InlineConverter(firstLine, diagnostics).Convert(image);
        return true;
    }

    private ParagraphBlock? ParseParagraph(string text, int firstLine, DiagnosticBag diagnostics)
    {
        try
        {
            var document = Markdown.Parse(text, _pipeline);
            if (document.Any(block => block is LinkReferenceDefinitionGroup { Count: > 0 }))
            {
                // A leading "[label]: …" would be swallowed as a link definition; escape it so it stays text.
                document = Markdown.Parse("\\" + text.TrimStart(), _pipeline);
            }

            return document.OfType<ParagraphBlock>().FirstOrDefault();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            diagnostics.Warning(
                ReadingCodes.InlineParseFailed,
                firstLine,
                $"inline markup from line {firstLine} could not be parsed ({exception.Message}); kept as plain text");
            return null;
        }
    }

    /// <summary>Walks one parsed paragraph; holds the line offset and the diagnostics for it.</summary>
    private sealed class InlineConverter
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
}
