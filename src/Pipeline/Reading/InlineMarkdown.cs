using System.Buffers;
using System.Collections.Immutable;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pipeline.Diagnostics;
using Pipeline.Model;
using ModelInline = Pipeline.Model.Inline;

namespace Pipeline.Reading;

/// <summary>
/// The inline layer. Parses one block's text with a Markdig pipeline whose only block parser is the
/// paragraph parser (so headings, lists, quotes or code inside a block's text stay text) and maps
/// Markdig's inlines to the document model.
/// </summary>
internal sealed class InlineMarkdown
{
    /// <summary>More opening brackets than this in one block and links are not parsed (see <see cref="ParseParagraph"/>).</summary>
    private const int MaxOpenBrackets = 200;

    /// <summary>The call-out tags of the scrapes, which <see cref="IsPlain"/> accepts.</summary>
    internal const string SuperscriptOpen = "<sup>";

    /// <summary>The closing call-out tag.</summary>
    internal const string SuperscriptClose = "</sup>";

    /// <summary>Where the pipeline's inline parsers start (emphasis, code, links, images, autolinks, HTML, escapes, entities), and the NUL Markdig replaces.</summary>
    private static readonly SearchValues<char> MarkupCharacters = SearchValues.Create("*_`[]!<>\\&\0");

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

    /// <summary>
    /// Parses a block's text (lines joined by LF); <paramref name="firstLine"/> is the source line of
    /// its first line. Problems go to the converter's diagnostics.
    /// </summary>
    public ImmutableArray<ModelInline> Parse(string text, int firstLine, InlineConverter converter)
    {
        return IsPlain(text) ? converter.ConvertPlain(text, firstLine) : ParseWithMarkdig(text, firstLine, converter);
    }

    /// <summary>Parses with Markdig whatever the text holds (what <see cref="Parse"/> does for text that is not plain).</summary>
    internal ImmutableArray<ModelInline> ParseWithMarkdig(string text, int firstLine, InlineConverter converter)
    {
        var paragraph = ParseParagraph(text, firstLine, converter.Diagnostics);
        if (paragraph?.Inline is null)
        {
            return text.Length == 0 ? [] : [new Text(text)];
        }

        return converter.Convert(paragraph.Inline, firstLine);
    }

    /// <summary>
    /// When the block's whole text is one image (<c>![alt](path)</c>), returns its path, alt inlines
    /// and true; otherwise false.
    /// </summary>
    public bool TryParseImage(string text, int firstLine, InlineConverter converter, out string path, out ImmutableArray<ModelInline> alt)
    {
        var diagnostics = converter.Diagnostics;
        path = string.Empty;
        alt = [];
        if (!text.AsSpan().TrimStart().StartsWith("![", StringComparison.Ordinal))
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
        alt = converter.Convert(image, firstLine);
        return true;
    }

    /// <summary>
    /// Text Markdig would read as its lines, soft line ends and superscript tags only: no character
    /// any inline parser starts at other than the '&lt;' of an exact <c>&lt;sup&gt;</c> or
    /// <c>&lt;/sup&gt;</c>, and no line empty or with white space at either end (which Markdig trims
    /// or reads as a hard line end). Such blocks, a good share of prose, skip the parser.
    /// </summary>
    internal static bool IsPlain(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var i = 0;
        while (true)
        {
            var next = text.AsSpan(i).IndexOfAny(MarkupCharacters);
            if (next < 0)
            {
                break;
            }

            i += next;
            var tag = SuperscriptTagLength(text.AsSpan(i));
            if (tag == 0)
            {
                return false;
            }

            i += tag;
        }

        var lineStart = 0;
        while (true)
        {
            var end = text.IndexOf('\n', lineStart);
            var lineEnd = end < 0 ? text.Length : end;
            if (lineEnd == lineStart || char.IsWhiteSpace(text[lineStart]) || char.IsWhiteSpace(text[lineEnd - 1]))
            {
                return false;
            }

            if (end < 0)
            {
                return true;
            }

            lineStart = end + 1;
        }
    }

    /// <summary>The length of the <c>&lt;sup&gt;</c> or <c>&lt;/sup&gt;</c> that <paramref name="text"/> starts with, or 0.</summary>
    internal static int SuperscriptTagLength(ReadOnlySpan<char> text) =>
        text.StartsWith(SuperscriptOpen, StringComparison.Ordinal) ? SuperscriptOpen.Length
        : text.StartsWith(SuperscriptClose, StringComparison.Ordinal) ? SuperscriptClose.Length
        : 0;

    private static bool HasLinkDefinitions(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            if (block is LinkReferenceDefinitionGroup { Count: > 0 })
            {
                return true;
            }
        }

        return false;
    }

    private static ParagraphBlock? FirstParagraph(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            if (block is ParagraphBlock paragraph)
            {
                return paragraph;
            }
        }

        return null;
    }

    private ParagraphBlock? ParseParagraph(string text, int firstLine, DiagnosticBag diagnostics)
    {
        if (text.AsSpan().Count('[') > MaxOpenBrackets)
        {
            // Link parsing is quadratic in unmatched brackets; a block this full of them is no prose
            // with links, so the brackets are read as plain text.
            diagnostics.Warning(
                ReadingCodes.InlineParseFailed,
                firstLine,
                $"the block from line {firstLine} has more than {MaxOpenBrackets} '[' characters; links in it are read as plain text");
            text = text.Replace("[", "\\[", StringComparison.Ordinal);
        }

        try
        {
            var document = Markdown.Parse(text, _pipeline);
            if (HasLinkDefinitions(document))
            {
                // A leading "[label]: …" would be swallowed as a link definition; escape it so it stays text.
                document = Markdown.Parse("\\" + text.TrimStart(), _pipeline);
            }

            return FirstParagraph(document);
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
}
