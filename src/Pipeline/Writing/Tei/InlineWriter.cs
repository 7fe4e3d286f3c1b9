using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Writing.Tei;

/// <summary>Writes text-level content: one case per inline node of the model.</summary>
internal sealed class InlineWriter
{
    private readonly TeiXml _xml;
    private readonly BibFieldWriter _fields;
    private int _unnamedNotes;
    private int _placements;

    public InlineWriter(TeiXml xml)
    {
        _xml = xml;
        _fields = new BibFieldWriter(xml, this);
        Pages = new PageBreakWriter(xml);
    }

    /// <summary>The page breaks, shared with the block writer so each page gets one.</summary>
    public PageBreakWriter Pages { get; }

    /// <summary>Writes the blocks of a note; set by the block writer, which owns block rendering.</summary>
    public Action<ImmutableArray<Block>>? NoteBlocks { get; set; }

    public void Write(ImmutableArray<Inline> inlines, InlineContext context)
    {
        if (inlines.IsDefault)
        {
            return;
        }

        for (var i = 0; i < inlines.Length; i++)
        {
            if (inlines[i] is PageBreak pageBreak)
            {
                Pages.Write(pageBreak.Page, InWord(inlines, i));
                continue;
            }

            Write(inlines[i], context);
        }
    }

    /// <summary>A page break between two letters or digits falls inside a word (TEI <c>break="no"</c>).</summary>
    private static bool InWord(ImmutableArray<Inline> inlines, int at) =>
        at > 0 && at + 1 < inlines.Length
        && inlines[at - 1] is Text { Value: [.., var before] } && char.IsLetterOrDigit(before)
        && inlines[at + 1] is Text { Value: [var after, ..] } && char.IsLetterOrDigit(after);

    private void Write(Inline inline, InlineContext context)
    {
        switch (inline)
        {
            case Text text when context.InLink:
                _xml.Text(text.Value);
                break;
            case Text text:
                WriteLinkingUrls(text.Value);
                break;
            case Styled styled:
                _xml.OpenInline("hi");
                _xml.Attribute("rend", RendFor(styled.Style));
                Write(styled.Content, context.Nested);
                _xml.Close();
                break;
            case Link link when TeiXml.TokenOr(link.Target, "").Length == 0 || !IsUsableTarget(link.Target):
                // Nothing to point at (or a URL cut short, such as a bare "http://"): keep the words.
                Write(link.Content, context);
                break;
            case Link { IsBare: true } bare:
                _xml.OpenInline("ptr");
                _xml.Attribute("target", bare.Target);
                _xml.Close();
                break;
            case Link link:
                _xml.OpenInline("ref");
                _xml.Attribute("target", link.Target);
                Write(link.Content, context.Nested with { InLink = true });
                _xml.Close();
                break;
            case NoteCall call:
                // A call-out that re-linking did not replace: keep it visible as the superscript it was.
                _xml.OpenInline("hi");
                _xml.Attribute("rend", "sup");
                _xml.Text(call.Label);
                _xml.Close();
                break;
            case Note note:
                WriteNote(note);
                break;
            case Placement placement:
                WritePlacement(placement, context);
                break;
            case LineEnd { Kind: LineEndKind.Hard }:
                _xml.OpenInline("lb");
                _xml.Close();
                break;
            case LineEnd lineEnd:
                _xml.Text(" ");
                if (lineEnd is { Kind: LineEndKind.Page, NextPage: > 0 })
                {
                    // An unresolved seam (de-hyphenation off) still says where the next page begins.
                    Pages.Write(lineEnd.NextPage);
                }

                break;
            case CrossReference cross:
                _xml.OpenInline("ref");
                _xml.Attribute("target", TeiIds.Pointer(cross.TargetId));
                Write(cross.Content, context.Nested);
                _xml.Close();
                break;
            case Reference reference when context.PhraseOnly:
                // No bibl allowed here (e.g. a reference inside a title): keep the words and their fields.
                Write(reference.Content, context with { Parts = reference.Parts });
                break;
            case Reference reference:
                _xml.OpenInline("bibl");
                if (!string.IsNullOrWhiteSpace(reference.Parts?.Id))
                {
                    _xml.XmlId(reference.Parts.Id);
                }

                if (!string.IsNullOrWhiteSpace(reference.Parts?.BibliographyId))
                {
                    _xml.Attribute("corresp", TeiIds.Pointer(reference.Parts.BibliographyId));
                }

                if (!string.IsNullOrWhiteSpace(reference.Parts?.SameAs))
                {
                    _xml.Attribute("sameAs", TeiIds.Pointer(reference.Parts.SameAs));
                }

                Write(reference.Content, InlineContext.InBibl(reference.Parts));
                _xml.Close();
                break;
            case BibField field:
                _fields.Write(field, context);
                break;
            case PageBreak pageBreak:
                Pages.Write(pageBreak.Page);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(inline), inline.GetType().Name, "Unknown inline node.");
        }
    }

    /// <summary>Text, with each URL written out in it as a <c>ref</c> to itself.</summary>
    private void WriteLinkingUrls(string text)
    {
        var written = 0;
        foreach (var (start, length) in BareUrls.In(text))
        {
            _xml.Text(text[written..start]);
            var url = text.Substring(start, length);
            _xml.OpenInline("ref");
            _xml.Attribute("target", url);
            _xml.Text(url);
            _xml.Close();
            written = start + length;
        }

        _xml.Text(written == 0 ? text : text[written..]);
    }

    private void WriteNote(Note note)
    {
        _xml.OpenInline("note");
        _xml.Attribute("place", "foot");
        // TEI notes here always carry a label and an id; a note that lost either still gets one.
        _xml.Attribute("n", TeiXml.TokenOr(note.Label, "*"));
        _xml.XmlId(string.IsNullOrWhiteSpace(note.Id) ? "note-unnamed-" + TeiXml.Integer(++_unnamedNotes) : note.Id);

        if (!note.Content.IsDefaultOrEmpty)
        {
            Pages.EnterNote();
            NoteBlocks?.Invoke(note.Content);
            Pages.LeaveNote();
        }

        _xml.Close();
    }

    /// <summary>
    /// A typesetter's placement line as an inline note of its own type, its words as printed, pointing at
    /// the figure it names: kept where it was printed, yet apart from the author's text.
    /// </summary>
    private void WritePlacement(Placement placement, InlineContext context)
    {
        _xml.OpenInline("note");
        _xml.Attribute("type", "placement");
        _xml.Attribute("place", "inline");
        _xml.Attribute("n", TeiXml.TokenOr(placement.Label, "*"));
        _xml.XmlId("placement-" + TeiXml.Integer(++_placements));
        _xml.OpenInline("p");
        if (string.IsNullOrWhiteSpace(placement.TargetId) || context.InLink)
        {
            Write(placement.Content, InlineContext.Plain with { InLink = context.InLink });
        }
        else
        {
            _xml.OpenInline("ref");
            _xml.Attribute("target", TeiIds.Pointer(placement.TargetId));
            Write(placement.Content, InlineContext.Plain with { InLink = true });
            _xml.Close();
        }

        _xml.Close();
        _xml.Close();
    }

    private static string RendFor(TextStyle style) => style switch
    {
        TextStyle.Italic => "italic",
        TextStyle.Bold => "bold",
        TextStyle.Superscript => "sup",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown text style."),
    };

    /// <summary>A target a reader can follow: a relative reference, or an absolute URI that names a host when its scheme needs one.</summary>
    private static bool IsUsableTarget(string target) =>
        Uri.TryCreate(target.Trim(), UriKind.RelativeOrAbsolute, out var uri)
        && (!uri.IsAbsoluteUri || uri.Scheme is not ("http" or "https" or "ftp") || uri.Host.Length > 0);
}
