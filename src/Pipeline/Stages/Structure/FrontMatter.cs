using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Stages.Structure.Front;

namespace Pipeline.Stages.Structure;

/// <summary>
/// Takes the front matter from the top of the document into the metadata: what is printed above
/// the title, the title (one heading, or several lines of it), a subtitle, the by-lines with their
/// affiliations and the abstract. Returns how many leading blocks they used.
/// </summary>
internal static partial class FrontMatter
{
    /// <summary>How many blocks may sit above the title (a masthead, a running head).</summary>
    private const int MaxAbove = 2;

    private const int MaxAboveWords = 40;

    /// <summary>How many headings may make up the title and subtitle before the by-line.</summary>
    private const int MaxTitleHeadings = 5;

    /// <summary>How many by-line and affiliation blocks may follow the title.</summary>
    private const int MaxBylineBlocks = 6;

    private const int MaxTitleLineWords = 20;

    public static (DocumentMetadata Metadata, int Consumed) Read(ImmutableArray<Block> blocks, DocumentMetadata metadata, DiagnosticBag diagnostics)
    {
        var vocabulary = FrontVocabulary.English;
        var index = TitleStart(blocks, vocabulary);
        if (index > 0)
        {
            // An epigraph set as a quotation above the title is written with the rest of what stands there.
            metadata = metadata with { AboveTitle = [.. blocks[..index].Select(b => b is Quotation q ? new Paragraph(q.Content, q.Span) : b)] };
        }

        if (index < blocks.Length && blocks[index] is Heading title)
        {
            var (main, sub, next) = Titles(blocks, index, vocabulary);
            metadata = metadata with { Title = main, Subtitle = sub };
            index = next;
        }
        else if (ParagraphTitle(blocks, vocabulary) is { } lines)
        {
            var (main, sub, _) = SplitAtColon(lines.Title, [], 0);
            metadata = metadata with { Title = main, Subtitle = sub, AboveTitle = blocks[..lines.Start] };
            index = lines.Byline;
        }
        else
        {
            diagnostics.Warning(StructureCodes.NoTitle, blocks.Length > 0 ? blocks[0].Span.FirstLine : 0, "the document does not open with a title heading or title lines above a by-line; no title recorded");
            index = 0;
        }

        var (authors, afterBylines) = Bylines(blocks, index, vocabulary);
        if (!authors.IsEmpty)
        {
            metadata = metadata with { Authors = authors };
            index = afterBylines;
        }
        else
        {
            diagnostics.Warning(StructureCodes.NoAuthor, index < blocks.Length ? blocks[index].Span.FirstLine : 0, "no by-line found under the title; no author recorded");
        }

        if (Abstract(blocks, index, vocabulary) is { } found)
        {
            metadata = metadata with { Abstract = [found.Summary] };
            index = found.Next;
        }

        return (metadata, index);
    }

    /// <summary>
    /// 0, or the index of a title heading that short paragraphs precede and a by-line follows: those
    /// paragraphs are printed above the title.
    /// </summary>
    private static int TitleStart(ImmutableArray<Block> blocks, FrontVocabulary vocabulary)
    {
        for (var i = 0; i <= Math.Min(MaxAbove, blocks.Length - 1); i++)
        {
            if (blocks[i] is Heading)
            {
                return i == 0 || Titles(blocks, i, vocabulary).Next is var next && next < blocks.Length && BylineOf(blocks[next], vocabulary) is not null ? i : 0;
            }

            var above = blocks[i] switch
            {
                Paragraph paragraph => paragraph.Content,
                Quotation quotation => quotation.Content,
                _ => default,
            };
            if (above.IsDefault || WordCount(PlainText.Of(above)) > MaxAboveWords || above.Any(inline => inline is Note or NoteCall))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// A title a plain-text reader gives as short paragraphs, one a printed line, above a by-line
    /// paragraph. Leading lines that cannot be title lines (a URL, a date and time, a running head
    /// that the next line repeats) are printed above the title. Null without such a by-line.
    /// </summary>
    private static (int Start, ImmutableArray<Inline> Title, int Byline)? ParagraphTitle(ImmutableArray<Block> blocks, FrontVocabulary vocabulary)
    {
        var limit = Math.Min(blocks.Length, MaxAbove + MaxTitleHeadings + 1);
        for (var byline = 1; byline < limit; byline++)
        {
            if (blocks[byline - 1] is not Paragraph previous || HasNotes(previous) || WordCount(PlainText.Of(previous.Content)) > MaxTitleLineWords)
            {
                return null;
            }

            if (blocks[byline] is not Paragraph || BylineOf(blocks[byline], vocabulary) is null)
            {
                continue;
            }

            var start = 0;
            while (start < byline - 1 && start < MaxAbove && !CanBeTitleLine(blocks, start))
            {
                start++;
            }

            if (!CanBeTitleLine(blocks, start))
            {
                // No title line above this name-like line: it is a title line itself ("Exceptional Measures").
                continue;
            }

            if (byline - start > MaxTitleHeadings)
            {
                return null;
            }

            var lines = blocks[start..byline].Select(block => ((Paragraph)block).Content).ToList();
            return (start, JoinLines(lines), byline);
        }

        return null;
    }

    private static bool CanBeTitleLine(ImmutableArray<Block> blocks, int index)
    {
        var content = ((Paragraph)blocks[index]).Content;
        var text = PlainText.Of(content).Trim();
        if (content.Any(inline => inline is Link) || text.Contains("://", StringComparison.Ordinal) || text.Count(char.IsLetter) * 2 < text.Length)
        {
            return false;
        }

        // A running head: the same words open the next line.
        return !(index + 1 < blocks.Length && blocks[index + 1] is Paragraph next
            && PlainText.Of(next.Content).Trim().StartsWith(text, StringComparison.Ordinal));
    }

    /// <summary>
    /// The title heading and the headings after it up to the by-line: those at the title's level
    /// continue the title (a scraper gives each printed line as a heading), deeper ones are the
    /// subtitle. Without a by-line after them only the first heading is the title.
    /// </summary>
    private static (ImmutableArray<Inline> Main, ImmutableArray<Inline> Sub, int Next) Titles(ImmutableArray<Block> blocks, int start, FrontVocabulary vocabulary)
    {
        var title = (Heading)blocks[start];
        var main = new List<ImmutableArray<Inline>> { title.Content };
        var sub = new List<ImmutableArray<Inline>>();
        var i = start + 1;
        var previous = title.Level;

        // A heading at the level of the one before it continues that line of the title or subtitle,
        // even when it reads like a name ("John Tanner's Narrative"): a by-line is set apart.
        for (; i < blocks.Length && i <= start + MaxTitleHeadings && blocks[i] is Heading next
            && (next.Level == previous || BylineOf(next, vocabulary) is null); i++)
        {
            if (next.Level < title.Level || next.Level == title.Level && sub.Count > 0)
            {
                break;
            }

            (next.Level == title.Level ? main : sub).Add(next.Content);
            previous = next.Level;
        }

        if (i >= blocks.Length || BylineOf(blocks[i], vocabulary) is null)
        {
            return SplitAtColon(title.Content, [], start + 1);
        }

        return SplitAtColon(JoinLines(main), JoinLines(sub), i);
    }

    /// <summary>"Main title: subtitle" printed as one title, when no subtitle is printed apart.</summary>
    private static (ImmutableArray<Inline> Main, ImmutableArray<Inline> Sub, int Next) SplitAtColon(ImmutableArray<Inline> main, ImmutableArray<Inline> sub, int next)
    {
        if (!sub.IsEmpty)
        {
            return (main, sub, next);
        }

        for (var i = 0; i < main.Length; i++)
        {
            if (main[i] is not Text text || ColonBreak().Match(text.Value) is not { Success: true } colon)
            {
                continue;
            }

            var before = text.Value[..colon.Index].TrimEnd();
            var after = text.Value[(colon.Index + colon.Length)..];
            ImmutableArray<Inline> head = before.Length == 0 ? main[..i] : [.. main[..i], new Text(before)];
            ImmutableArray<Inline> tail = after.Length == 0 ? main[(i + 1)..] : [new Text(after), .. main[(i + 1)..]];
            return PlainText.Of(head).Trim().Length > 0 && PlainText.Of(tail).Trim().Length > 0 ? (head, tail, next) : (main, sub, next);
        }

        return (main, sub, next);
    }

    private static ImmutableArray<Inline> JoinLines(List<ImmutableArray<Inline>> lines)
    {
        var joined = new List<Inline>();
        foreach (var line in lines)
        {
            if (joined.Count > 0)
            {
                joined.Add(new Text(" "));
            }

            joined.AddRange(TrimEnd(line));
        }

        // One text run where lines meet, so "Part I:" and "From …" read as one title with a colon in it.
        return TextRuns.Join(joined);
    }

    private static ImmutableArray<Inline> TrimEnd(ImmutableArray<Inline> line) =>
        line.Length > 0 && line[^1] is Text last ? line.SetItem(line.Length - 1, new Text(last.Value.TrimEnd())) : line;

    /// <summary>By-line blocks, each possibly followed by affiliation blocks.</summary>
    private static (ImmutableArray<Author> Authors, int Next) Bylines(ImmutableArray<Block> blocks, int start, FrontVocabulary vocabulary)
    {
        var authors = new List<Author>();
        var group = 0;
        var affiliations = new List<string>();
        var i = start;
        for (; i < blocks.Length && i < start + MaxBylineBlocks; i++)
        {
            if (authors.Count > 0 && TextOf(blocks[i]) is { } text && AffiliationLine.Is(text, vocabulary))
            {
                affiliations.Add(text);
            }
            else if (BylineOf(blocks[i], vocabulary) is { } found)
            {
                Attach(authors, group, affiliations);
                group = authors.Count;
                authors.AddRange(found);
            }
            else
            {
                break;
            }
        }

        Attach(authors, group, affiliations);
        return ([.. authors], i);
    }

    /// <summary>
    /// Gives the affiliation lines printed under a by-line to its authors: one each when the counts
    /// match, the one line to all of them when there is one.
    /// </summary>
    private static void Attach(List<Author> authors, int group, List<string> affiliations)
    {
        var members = authors.Count - group;
        if (affiliations.Count > 0 && members > 0)
        {
            for (var k = 0; k < members; k++)
            {
                var author = authors[group + k];
                if (author.Affiliation is null)
                {
                    var affiliation = affiliations.Count == members ? affiliations[k] : string.Join("; ", affiliations);
                    authors[group + k] = author with { Affiliation = affiliation };
                }
            }
        }

        affiliations.Clear();
    }

    private static ImmutableArray<Author>? BylineOf(Block block, FrontVocabulary vocabulary) =>
        TextOf(block) is { } text && !HasNotes(block) ? BylineParser.TryParse(text, vocabulary) : null;

    private static string? TextOf(Block block) => block switch
    {
        Heading heading => PlainText.Of(heading.Content).Trim(),
        Paragraph paragraph => PlainText.Of(paragraph.Content).Trim(),
        _ => null,
    };

    private static bool HasNotes(Block block) => block is Paragraph paragraph && paragraph.Content.Any(inline => inline is Note);

    /// <summary>An "Abstract" head (heading or paragraph) and the paragraph after it, or a paragraph opening with the label.</summary>
    private static (Paragraph Summary, int Next)? Abstract(ImmutableArray<Block> blocks, int index, FrontVocabulary vocabulary)
    {
        if (index >= blocks.Length)
        {
            return null;
        }

        if (TextOf(blocks[index]) is { } label && vocabulary.AbstractLabels.Contains(label.TrimEnd(':', '.', ' '))
            && index + 1 < blocks.Length && blocks[index + 1] is Paragraph after)
        {
            return (after, index + 2);
        }

        return blocks[index] is Paragraph paragraph && TryAbstract(paragraph) is { } summary ? (summary, index + 1) : null;
    }

    /// <summary>The paragraph without its "Abstract:" label, when it has one.</summary>
    private static Paragraph? TryAbstract(Paragraph paragraph)
    {
        var content = paragraph.Content;
        if (content.IsEmpty || !AbstractLabel().IsMatch(PlainText.Of(content)))
        {
            return null;
        }

        var rest = content;
        if (content[0] is Styled styled && AbstractLabel().Match(PlainText.Of(styled.Content)) is { Success: true } inStyle
            && inStyle.Length == PlainText.Of(styled.Content).Length)
        {
            rest = content[1..];
        }
        else if (content[0] is Text text && AbstractLabel().Match(text.Value) is { Success: true } label)
        {
            rest = [new Text(text.Value[label.Length..]), .. content[1..]];
        }
        else
        {
            return null;
        }

        while (rest.Length > 0 && rest[0] is LineEnd)
        {
            rest = rest[1..];
        }

        if (rest.Length > 0 && rest[0] is Text first)
        {
            var trimmed = LeadingPunctuation().Replace(first.Value, string.Empty);
            rest = trimmed.Length == 0 ? rest[1..] : rest.SetItem(0, new Text(trimmed));
        }

        return rest.IsEmpty ? null : new Paragraph(rest, paragraph.Span);
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // The label, then a colon, full stop or dash, or a capital letter starting the abstract's first sentence.
    [GeneratedRegex(@"^\s*(?i:abstract|summary)(?:\s*[:.—–-]\s*|\s+(?=\p{Lu})|\s*$)")]
    private static partial Regex AbstractLabel();

    [GeneratedRegex(@"^[\s:.—–-]+")]
    private static partial Regex LeadingPunctuation();

    // A colon that ends the main title: followed by a space and a capital, digit or quotation mark.
    [GeneratedRegex(@":\s+(?=[\p{Lu}\d“‘""'])")]
    private static partial Regex ColonBreak();
}
