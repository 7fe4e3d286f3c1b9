using System.Globalization;
using System.Xml.Linq;
using AngleSharp.Dom;

namespace Pipeline.Writing.Html;

/// <summary>
/// Renders TEI <c>text</c> as page elements. Every TEI element becomes an element here and every
/// text node a text node, so no word is lost; elements this renderer does not know keep their words
/// in a <c>span</c> named after them. Body paragraphs are numbered <c>p-1</c>, <c>p-2</c> … in
/// document order, the ids diagnostics are placed by.
/// </summary>
internal sealed class TeiTextRenderer
{
    private readonly HtmlDom _dom;
    private readonly BibliographyIndex _bibliography;
    private readonly LinkRenderer _links;
    private readonly FigureRenderer _figures;
    private readonly List<RenderedNote> _notes = [];
    private int _paragraphs;

    public TeiTextRenderer(HtmlDom dom, BibliographyIndex bibliography, LinkRenderer links, FacsimileIndex facsimile)
    {
        _dom = dom;
        _bibliography = bibliography;
        _links = links;
        _figures = new FigureRenderer(dom, facsimile, this);
    }

    /// <summary>The notes met so far, in call-out order.</summary>
    public IReadOnlyList<RenderedNote> Notes => _notes;

    /// <summary>The body paragraphs numbered so far.</summary>
    public int BodyParagraphs => _paragraphs;

    public void Blocks(XElement tei, INode parent, int depth, bool inBody)
    {
        foreach (var node in tei.Nodes())
        {
            switch (node)
            {
                case XText text when !string.IsNullOrWhiteSpace(text.Value):
                    _dom.Text(parent, text.Value);
                    break;
                case XElement element:
                    Block(element, parent, depth, inBody);
                    break;
            }
        }
    }

    public void Inlines(XElement tei, INode parent, InlineMode mode)
    {
        foreach (var node in tei.Nodes())
        {
            switch (node)
            {
                case XText text:
                    _dom.Text(parent, text.Value);
                    break;
                case XElement element:
                    Inline(element, parent, mode);
                    break;
            }
        }
    }

    /// <summary>A note's paragraphs: blocks in the list of notes, line-broken spans inside a paragraph.</summary>
    public void NoteContent(XElement note, INode parent, InlineMode mode)
    {
        foreach (var node in note.Nodes())
        {
            if (node is XElement { Name.LocalName: "p" } paragraph)
            {
                var block = mode == InlineMode.NoteList ? _dom.Append(parent, "p") : _dom.Append(parent, "span", "note-p");
                Inlines(paragraph, block, mode);
            }
            else if (node is XElement element)
            {
                Inline(element, parent, mode);
            }
            else if (node is XText text && !string.IsNullOrWhiteSpace(text.Value))
            {
                _dom.Text(parent, text.Value);
            }
        }
    }

    public void Block(XElement element, INode parent, int depth, bool inBody)
    {
        switch (element.Name.LocalName)
        {
            case "div":
                var section = _dom.Append(parent, "section", "div div-" + Token((string?)element.Attribute("type") ?? "section"));
                SetId(section, TeiDocument.XmlId(element));
                Blocks(element, section, depth + 1, inBody);
                break;
            case "head":
                Inlines(element, _dom.Append(parent, "h" + Math.Clamp(depth + 1, 2, 6).ToString(CultureInfo.InvariantCulture)), InlineMode.Text);
                break;
            case "p":
                var p = _dom.Append(parent, "p");
                if (inBody)
                {
                    _dom.Id(p, "p-" + (++_paragraphs).ToString(CultureInfo.InvariantCulture));
                }

                Inlines(element, p, InlineMode.Text);
                break;
            case "quote":
                Inlines(element, _dom.Append(parent, "blockquote"), InlineMode.Text);
                break;
            case "list":
                var list = _dom.Append(parent, "ul");
                foreach (var item in element.Elements())
                {
                    Inlines(item, _dom.Append(list, "li"), InlineMode.Text);
                }

                break;
            case "listBibl":
                Bibliography(element, parent, depth);
                break;
            case "figure":
                _figures.Render(element, parent);
                break;
            case "note":
                LooseNote(element, parent);
                break;
            default:
                Inlines(element, _dom.Append(parent, "div", "tei-" + element.Name.LocalName), InlineMode.Text);
                break;
        }
    }

    private void Bibliography(XElement listBibl, INode parent, int depth)
    {
        var list = _dom.Append(parent, "ol", "bibliography");
        foreach (var child in listBibl.Elements())
        {
            if (child.Name.LocalName == "head")
            {
                Inlines(child, _dom.Append(parent, "h" + Math.Clamp(depth + 1, 2, 6).ToString(CultureInfo.InvariantCulture)), InlineMode.Text);
                continue;
            }

            var item = _dom.Append(list, "li", "bibl-entry");
            SetId(item, TeiDocument.XmlId(child));
            Inlines(child, item, InlineMode.Entry);
        }
    }

    /// <summary>A note the footnote stage could not attach to a call-out stays where the page had it, and says so.</summary>
    private void LooseNote(XElement note, INode parent)
    {
        var box = _dom.Append(parent, "aside", "note-loose");
        SetId(box, TeiDocument.XmlId(note));
        var label = (string?)note.Attribute("n") ?? "";
        _dom.AppendText(box, "p", $"Note {label}: not attached to a call-out", "note-loose-title");
        NoteContent(note, box, InlineMode.NoteList);
    }

    public void Inline(XElement element, INode parent, InlineMode mode)
    {
        switch (element.Name.LocalName)
        {
            case "hi":
                Inlines(element, _dom.Append(parent, HiElement((string?)element.Attribute("rend"))), mode);
                break;
            case "note" when (string?)element.Attribute("place") == "inline":
                // A placement line the page printed in the text ("[see Figure 2 …]") reads where it stood.
                Inlines(element, _dom.Append(parent, "span", "note-inline"), mode);
                break;
            case "note":
                NoteMark(element, parent, mode);
                break;
            case "bibl":
                Reference(element, parent, mode);
                break;
            case "ptr":
                _links.Pointer(element, parent);
                break;
            case "ref":
                _links.Ref(element, parent, span => Inlines(element, span, mode));
                break;
            case "lb":
                _dom.Append(parent, "br");
                break;
            case "p":
                Inlines(element, _dom.Append(parent, "span", "note-p"), mode);
                break;
            default:
                Inlines(element, _dom.Append(parent, "span", "tei-" + element.Name.LocalName), mode);
                break;
        }
    }

    private static string HiElement(string? rend) => rend switch
    {
        "italic" => "em",
        "bold" => "strong",
        "superscript" or "sup" => "sup",
        "subscript" or "sub" => "sub",
        _ => "span",
    };

    /// <summary>
    /// A numbered mark that opens the note below the line (script), or leads to it in the list of notes
    /// (no script, print). A note inside a note listed at the end only links: its own entry is already there.
    /// </summary>
    private void NoteMark(XElement note, INode parent, InlineMode mode)
    {
        var label = (string?)note.Attribute("n") ?? (_notes.Count + 1).ToString(CultureInfo.InvariantCulture);
        var id = TeiDocument.XmlId(note) ?? "note-at-" + (_notes.Count + 1).ToString(CultureInfo.InvariantCulture);
        var mark = _dom.Append(parent, "a", "note-mark");
        mark.Attr("href", "#" + id);
        mark.Attr("aria-label", "Note " + label);
        _dom.Text(mark, label);
        if (mode == InlineMode.NoteList)
        {
            return;
        }

        _notes.Add(new RenderedNote(id, label, note));
        _dom.Id(mark, "call-" + id);
        mark.Attr("aria-controls", "pop-" + id);
        mark.Attr("aria-expanded", "false");
        var pop = _dom.Append(parent, "span", "note-pop");
        _dom.Id(pop, "pop-" + id);
        pop.Attr("role", "note");
        pop.Attr("aria-label", "Note " + label);
        pop.Attr("hidden", "");
        _dom.AppendText(pop, "span", label + ".", "note-label");
        NoteContent(note, pop, InlineMode.NotePop);
    }

    /// <summary>A reference, with a link to the bibliography entry it was matched to, labelled with that work.</summary>
    private void Reference(XElement bibl, INode parent, InlineMode mode)
    {
        var span = _dom.Append(parent, "span", "ref");
        Inlines(bibl, span, mode);
        var corresp = (string?)bibl.Attribute("corresp");
        if (corresp is null || !corresp.StartsWith('#'))
        {
            span.Attr("class", "ref ref-unlinked");
            span.Attr("title", "not linked to a bibliography entry");
            return;
        }

        var target = corresp[1..];
        if (!_bibliography.TryGet(target, out var entry))
        {
            span.Attr("class", "ref ref-unlinked");
            span.Attr("title", "points to " + target + ", which is not in the bibliography");
            return;
        }

        span.Attr("class", "ref ref-linked");
        var link = _dom.Append(span, "a", "ref-link");
        link.Attr("href", "#" + target);
        link.Attr("title", entry.Text);
        _dom.Text(link, "→ " + entry.Label);
    }

    private void SetId(IElement element, string? id)
    {
        if (!string.IsNullOrEmpty(id))
        {
            _dom.Id(element, id);
        }
    }

    /// <summary>A TEI attribute value made safe as one class name.</summary>
    internal static string Token(string value) =>
        new([.. value.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')]);
}

/// <summary>Where inline content is rendered: running text, a note opened in place, the list of notes, a bibliography entry.</summary>
internal enum InlineMode
{
    Text,
    NotePop,
    NoteList,
    Entry,
}

/// <summary>A note met in the text: its id, its printed label and its TEI element.</summary>
internal sealed record RenderedNote(string Id, string Label, XElement Note);
