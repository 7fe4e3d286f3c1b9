using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading;

namespace Pipeline.Stages.Structure;

/// <summary>
/// Takes the title heading, the by-line and the abstract from the top of the document into the
/// metadata, and returns how many leading blocks they used.
/// </summary>
internal static partial class FrontMatter
{
    /// <summary>How many blocks after the title may hold the by-line and abstract.</summary>
    private const int Window = 3;

    public static (DocumentMetadata Metadata, int Consumed) Read(ImmutableArray<Block> blocks, DocumentMetadata metadata, DiagnosticBag diagnostics)
    {
        var index = 0;
        if (blocks.Length > 0 && blocks[0] is Heading title)
        {
            metadata = metadata with { Title = title.Content };
            index = 1;
        }
        else
        {
            diagnostics.Warning(StructureCodes.NoTitle, blocks.Length > 0 ? blocks[0].Span.FirstLine : 0, "the document does not open with a title heading; no title recorded");
        }

        var end = Math.Min(blocks.Length, index + Window);
        var sawAuthor = false;
        while (index < end && blocks[index] is Paragraph paragraph)
        {
            if (!sawAuthor && AuthorLine.TryParse(InlineText.Plain(paragraph.Content)) is { } authors)
            {
                metadata = metadata with { Authors = authors };
                sawAuthor = true;
            }
            else if (TryAbstract(paragraph) is { } summary)
            {
                metadata = metadata with { Abstract = [summary] };
            }
            else
            {
                break;
            }

            index++;
        }

        if (!sawAuthor)
        {
            diagnostics.Warning(StructureCodes.NoAuthor, 0, "no 'Name (Affiliation)' by-line found under the title; no author recorded");
        }

        return (metadata, index);
    }

    /// <summary>The paragraph without its "Abstract:" label, when it has one.</summary>
    private static Paragraph? TryAbstract(Paragraph paragraph)
    {
        var content = paragraph.Content;
        if (content.IsEmpty || !AbstractLabel().IsMatch(InlineText.Plain(content)))
        {
            return null;
        }

        var rest = content;
        if (content[0] is Styled styled && AbstractLabel().Match(InlineText.Plain(styled.Content)) is { Success: true } inStyle
            && inStyle.Length == InlineText.Plain(styled.Content).Length)
        {
            rest = content[1..];
        }
        else if (content[0] is Text text)
        {
            var label = AbstractLabel().Match(text.Value);
            rest = [new Text(text.Value[label.Length..]), .. content[1..]];
        }
        else
        {
            return null;
        }

        if (rest.Length > 0 && rest[0] is Text first)
        {
            var trimmed = LeadingPunctuation().Replace(first.Value, string.Empty);
            rest = trimmed.Length == 0 ? rest[1..] : rest.SetItem(0, new Text(trimmed));
        }

        return new Paragraph(rest, paragraph.Span);
    }

    [GeneratedRegex(@"^\s*abstract\s*[:.—–-]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AbstractLabel();

    [GeneratedRegex(@"^[\s:.—–-]+")]
    private static partial Regex LeadingPunctuation();
}
