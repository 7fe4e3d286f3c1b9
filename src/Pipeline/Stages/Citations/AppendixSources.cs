using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>
/// An appendix that reproduces a document often names its source on a line of its own, written as
/// the bibliography writes the same work ("Salisbury, Harrison E. "…". 1956. In …"). Such a line is a
/// reference, not prose: it is structured as a bibliography entry is and linked to that entry, but
/// only when the whole line reads as one reference and the match is strong; a weaker resemblance is
/// reported and the line left as it was.
/// </summary>
internal sealed class AppendixSources(BibliographyMatcher matcher, FlatteningScratch scratch, InlineWrapper wrapper, DiagnosticBag diagnostics) : ModelRewriter
{
    /// <summary>The document with its appendices' source lines linked; the same instance when it has none.</summary>
    public static Document Link(Document document, BibliographyMatcher matcher, FlatteningScratch scratch, InlineWrapper wrapper, DiagnosticBag diagnostics)
    {
        if (matcher.Entries.IsEmpty || !HasAppendix(document.Blocks))
        {
            return document;
        }

        return new AppendixSources(matcher, scratch, wrapper, diagnostics).Rewrite(document);
    }

    // Appendices are found as HasAppendix finds them, through divisions only: the walk goes down
    // the division tree and leaves every other block, with its inlines and notes, unvisited.
    protected override Block RewriteBlock(Block block)
    {
        if (block is not Division division)
        {
            return block;
        }

        if (division is not { Kind: DivisionKind.Appendix } appendix)
        {
            var children = ModelMap.Items(division.Content, static (child, self) => self.RewriteBlock(child), this);
            return children == division.Content ? division : division with { Content = children };
        }

        var content = ModelMap.Items(appendix.Content, static (child, self) => child is Paragraph paragraph ? self.Link(paragraph) : self.RewriteBlock(child), this);
        return content == appendix.Content ? appendix : appendix with { Content = content };
    }

    private Paragraph Link(Paragraph paragraph)
    {
        // Lines holding notes, references or cross-references are prose or already structured.
        if (CitationInlines.HoldStructure(paragraph.Content))
        {
            return paragraph;
        }

        var flat = InlineText.Flatten(paragraph.Content, scratch);
        if (EntryParser.Parse(flat) is not { } parsed || !CoversLine(parsed.Range, flat.Value))
        {
            return paragraph;
        }

        var match = matcher.MatchFull(EntryKeys.Of(parsed.Parts));
        if (match is not { Strength: MatchStrength.Strong, Entry: { } entry })
        {
            if (match.Strength == MatchStrength.Weak)
            {
                diagnostics.Info("citation-appendix-source-weak", paragraph.Span.FirstLine, $"An appendix line reads as a reference resembling bibliography entry {match.Entry?.Id} ({match.Reason}); not linked.");
            }

            return paragraph;
        }

        ReadOnlySpan<SpanNode> nodes = [SpanNodes.ForReference(parsed, parsed.Parts with { BibliographyId = entry.Id })];
        var content = wrapper.Wrap(paragraph.Content, nodes);
        if (!InlineText.Reads(content, flat.Value))
        {
            diagnostics.Error("citation-text-changed", paragraph.Span.FirstLine, "An appendix source line: structuring would have changed the text; line left as it was.");
            return paragraph;
        }

        diagnostics.Info("citation-appendix-source", paragraph.Span.FirstLine, $"An appendix line names its source; linked to bibliography entry {entry.Id}.");
        return paragraph with { Content = content };
    }

    private static bool HasAppendix(ImmutableArray<Block> blocks) =>
        blocks.Any(b => b is Division division && (division.Kind == DivisionKind.Appendix || HasAppendix(division.Content)));

    /// <summary>The reference is the line: nothing before it, and only punctuation or spaces after it.</summary>
    private static bool CoversLine(TextRange range, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if ((i < range.Start || i >= range.End) && char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
