using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Model;

namespace Pipeline.Stages.Structure;

/// <summary>Recognises the heads of the back matter: the bibliography, an appendix group, one appendix.</summary>
internal static partial class SectionHeads
{
    /// <summary>Longest paragraph (in words) still read as an appendix head.</summary>
    private const int MaxHeadWords = 30;

    public static bool IsBibliography(Block block) =>
        block is Heading heading && Pipeline.Language.BibliographyNames.IsName(PlainText.Of(heading.Content));

    public static bool IsAppendixGroup(Block block) =>
        block is Heading heading && GroupTitle().IsMatch(PlainText.Of(heading.Content).Trim());

    /// <summary>
    /// A heading, or a short paragraph without notes, that opens with "Appendix N." — returns the
    /// label N and the content of the head.
    /// </summary>
    public static bool TryAppendix(Block block, out string label, out ImmutableArray<Inline> content)
    {
        label = string.Empty;
        content = block switch
        {
            Heading heading => heading.Content,
            Paragraph paragraph => paragraph.Content,
            _ => [],
        };
        // Both patterns open with "appendix" or "annex": any other first letter rules the block out
        // before its whole text is built.
        if (content.IsDefaultOrEmpty || PlainText.First(content, char.IsWhiteSpace) is not ('a' or 'A'))
        {
            return false;
        }

        var text = PlainText.Of(content).Trim();
        var match = (block is Heading ? HeadingAppendix() : ParagraphAppendix()).Match(text);
        if (!match.Success)
        {
            return false;
        }

        if (block is Paragraph && (content.Any(inline => inline is Note or NoteCall) || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxHeadWords))
        {
            return false;
        }

        label = match.Groups["label"].Value;
        return true;
    }

    /// <summary>The length of the "Appendix N." label at the start of a head's text, with the space after it.</summary>
    public static int LabelLength(string text)
    {
        var match = LabelPrefix().Match(text);
        return match.Success ? match.Length : 0;
    }

    [GeneratedRegex(@"^(?:appendices|appendixes|appendix|annexes|annex)[.:]?$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupTitle();

    [GeneratedRegex(@"^(?:appendix|annex)\s+(?<label>\d{1,3}|[IVXLC]{1,6}|[A-Z])\b(?:[.:\-–—]|\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingAppendix();

    [GeneratedRegex(@"^(?:appendix|annex)\s+(?<label>\d{1,3}|[IVXLC]{1,6}|[A-Z])(?:[.:]|\s*[-–—])(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphAppendix();

    [GeneratedRegex(@"^\s*(?:appendix|annex)\s+(?:\d{1,3}|[IVXLC]{1,6}|[A-Z])\s*(?:[.:\-–—]\s*)?", RegexOptions.IgnoreCase)]
    private static partial Regex LabelPrefix();
}
