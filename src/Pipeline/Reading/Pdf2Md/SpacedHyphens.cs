using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Reading.Pdf2Md;

/// <summary>
/// pdf.js joins a paragraph's printed lines with a space, so a word hyphenated at a line's end
/// comes out as "Con- gress". The reader marks each such seam (<see cref="Mark"/>); this walk makes
/// every mark the line end it was, so that the de-hyphenation stage judges it as it judges any line
/// end in a hyphen (dictionary, the document's own evidence, real compounds kept).
/// </summary>
internal sealed class SpacedHyphens : ModelRewriter
{
    /// <summary>
    /// Stands for the line end after a hyphen: U+2060 WORD JOINER, which XML allows (the reader drops
    /// what it does not), which is no white space (runs of white space are folded) and which no
    /// word breaks at.
    /// </summary>
    public const char Mark = '\u2060';

    protected override ImmutableArray<Inline> RewriteInlines(ImmutableArray<Inline> inlines, Block owner)
    {
        var rewritten = base.RewriteInlines(inlines, owner);
        if (!rewritten.Any(inline => inline is Text text && text.Value.Contains(Mark, StringComparison.Ordinal)))
        {
            return rewritten;
        }

        var result = ImmutableArray.CreateBuilder<Inline>(rewritten.Length + 4);
        foreach (var inline in rewritten)
        {
            if (inline is not Text text || !text.Value.Contains(Mark, StringComparison.Ordinal))
            {
                result.Add(inline);
                continue;
            }

            var pieces = text.Value.Split(Mark);
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0)
                {
                    result.Add(new LineEnd(LineEndKind.Soft, owner.Span.FirstLine));
                }

                if (pieces[i].Length > 0)
                {
                    result.Add(text with { Value = pieces[i] });
                }
            }
        }

        return result.ToImmutable();
    }
}
