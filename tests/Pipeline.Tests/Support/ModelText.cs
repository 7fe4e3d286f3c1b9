using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Model;

namespace Pipeline.Tests.Support;

/// <summary>
/// Word-level views of a source text and of a model, to check that reading and the stages keep
/// every word exactly once. Markup is ignored; note numbers are left out on both sides.
/// </summary>
public static partial class ModelText
{
    /// <summary>The words of a scraped source: tags, note numbers, emphasis marks and block markers removed.</summary>
    public static List<string> SourceWords(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var builder = new StringBuilder();
        foreach (var rawLine in SeedVariants.Lines(source))
        {
            var line = rawLine;
            if (RuleLine().IsMatch(line))
            {
                continue;
            }

            line = BlockMarker().Replace(line, string.Empty);
            line = NoteNumber().Replace(line, " ");
            line = Tag().Replace(line, " ");
            line = line.Replace("*", string.Empty, StringComparison.Ordinal);
            line = Autolink().Replace(line, match => " " + match.Groups["url"].Value + " ");
            builder.Append(line).Append(' ');
        }

        return Words(builder.ToString());
    }

    /// <summary>The words of the model: metadata, blocks, notes, entries; figure captions left out (they repeat a head).</summary>
    public static List<string> ModelWords(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var builder = new StringBuilder();
        Append(document.Metadata.Title, builder);
        builder.Append(' ');
        foreach (var author in document.Metadata.Authors)
        {
            builder.Append(' ').Append(author.Name).Append(' ').Append(author.Affiliation).Append(' ');
        }

        foreach (var paragraph in document.Metadata.Abstract)
        {
            Append(paragraph, builder);
        }

        foreach (var block in document.Blocks)
        {
            Append(block, builder);
        }

        return Words(builder.ToString());
    }

    /// <summary>The visible text of inlines, line ends as spaces, notes as separate text.</summary>
    public static string Plain(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        Append(inlines, builder);
        return Regex.Replace(builder.ToString(), @"\s+", " ").Trim();
    }

    /// <summary>Every block in the tree, depth first, including blocks inside divisions and notes.</summary>
    public static IEnumerable<Block> AllBlocks(IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        foreach (var block in blocks)
        {
            yield return block;
            if (block is Division division)
            {
                if (division.Head is not null)
                {
                    yield return division.Head;
                }

                foreach (var inner in AllBlocks(division.Content))
                {
                    yield return inner;
                }
            }

            foreach (var note in AllInlines(ContentOf(block)).OfType<Note>())
            {
                foreach (var inner in AllBlocks(note.Content))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Every inline, depth first, not descending into notes.</summary>
    public static IEnumerable<Inline> AllInlines(IEnumerable<Inline> inlines)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        foreach (var inline in inlines)
        {
            yield return inline;
            var children = inline switch
            {
                Styled styled => styled.Content,
                Link link => link.Content,
                CrossReference reference => reference.Content,
                Reference reference => reference.Content,
                BibField field => field.Content,
                _ => [],
            };
            foreach (var child in AllInlines(children))
            {
                yield return child;
            }
        }
    }

    /// <summary>The inline content of a block (empty for blocks without one).</summary>
    public static IEnumerable<Inline> ContentOf(Block block) =>
        block switch
        {
            Paragraph paragraph => paragraph.Content,
            Heading heading => heading.Content,
            ListItem item => item.Content,
            ContentBlock other => other.Content,
            BibliographyEntry entry => entry.Content,
            _ => [],
        };

    private static void Append(Block block, StringBuilder builder)
    {
        switch (block)
        {
            case Division division:
                if (division.Head is not null)
                {
                    Append(division.Head, builder);
                }

                foreach (var inner in division.Content)
                {
                    Append(inner, builder);
                }

                break;
            case Figure:
                break;
            default:
                Append(ContentOf(block), builder);
                break;
        }

        builder.Append(' ');
    }

    private static void Append(IEnumerable<Inline> inlines, StringBuilder builder)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text text:
                    builder.Append(text.Value);
                    break;
                case LineEnd:
                    builder.Append(' ');
                    break;
                case Note note:
                    builder.Append(' ');
                    foreach (var block in note.Content)
                    {
                        Append(block, builder);
                    }

                    break;
                case NoteCall:
                    builder.Append(' ');
                    break;
                case Styled { Style: TextStyle.Superscript } superscript:
                    // The source side reads the <sup> tags as spaces; so does this side.
                    builder.Append(' ');
                    Append(superscript.Content, builder);
                    builder.Append(' ');
                    break;
                default:
                    Append(ChildrenOf(inline), builder);
                    break;
            }
        }
    }

    private static IEnumerable<Inline> ChildrenOf(Inline inline) =>
        inline switch
        {
            Styled styled => styled.Content,
            Link link => link.Content,
            CrossReference reference => reference.Content,
            Reference reference => reference.Content,
            BibField field => field.Content,
            _ => [],
        };

    private static List<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim(TrimmedPunctuation))
            .Where(word => word.Length > 0)
            .ToList();

    private static readonly char[] TrimmedPunctuation = ".,;:!?()[]\"'‘’“”«»–—-…".ToCharArray();

    [GeneratedRegex(@"^ {0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"^\s*(?:#{1,6}\s+|[-*+]\s+)")]
    private static partial Regex BlockMarker();

    [GeneratedRegex(@"<sup>[\d\s,]+</sup>", RegexOptions.IgnoreCase)]
    private static partial Regex NoteNumber();

    [GeneratedRegex(@"</?(?:sup|i|b|em|strong)>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<(?<url>[a-z]+:[^<>\s]+)>", RegexOptions.IgnoreCase)]
    private static partial Regex Autolink();
}
