using System.Xml.Linq;
using AngleSharp.Dom;

namespace Pipeline.Writing.Html;

/// <summary>
/// Writes one self-contained proofreading page from validated TEI: title, authors, abstract, the essay
/// with its notes opening in place, figures with their OCR zones, the list of notes for print, and the
/// diagnostics at their place and in a panel. CSS and script are inline and images are relative paths,
/// so the page fetches nothing. The DOM is built with AngleSharp and serialized by it, which escapes
/// all text and attribute values; the same input gives the same bytes.
/// </summary>
public static class HtmlPageWriter
{
    public static byte[] Render(HtmlPageSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tei = source.Tei;
        var title = Title(tei);
        var dom = HtmlDom.CreatePage(Language(tei), (string.IsNullOrEmpty(title) ? source.DocumentId : title) + " – proofreading view");
        var document = dom.Document;
        var generator = dom.Append(dom.Head, "meta");
        generator.Attr("name", "generator");
        generator.Attr("content", "Pipeline " + PipelineVersion.Release);

        // The page is built apart from the document and put in once at the end: each node put into the
        // document itself would make AngleSharp walk the node's subtree for connection callbacks.
        var page = dom.Element("div", "page");
        Header(dom, page, tei, source.DocumentId, title);
        var main = dom.Append(page, "main");
        dom.Id(main, "essay");
        var lookups = TeiLookups.Find(tei);
        var text = new TeiTextRenderer(dom, BibliographyIndex.From(lookups), new LinkRenderer(dom, source.Links), FacsimileIndex.From(lookups));
        Abstract(dom, main, tei, text);
        var teiText = tei.Root?.Element(TeiDocument.Ns + "text");
        foreach (var part in teiText?.Elements() ?? [])
        {
            text.Blocks(part, main, 1, inBody: part.Name.LocalName == "body");
        }

        Endnotes(dom, page, text);
        var panel = new DiagnosticsPanel(dom, page).Render(source.Diagnostics, source.DiagnosticsOrigin);
        HtmlDom.Insert(page, panel, main);

        HtmlDom.Add(document.Body!, page);
        var script = dom.Append(document.Body!, "script");
        script.TextContent = PageAssets.Script;
        return dom.Serialize();
    }

    private static void Header(HtmlDom dom, IElement page, XDocument tei, string id, string title)
    {
        var header = dom.Append(page, "header", "doc-head");
        dom.AppendText(header, "p", "Proofreading view of " + id, "doc-id");
        dom.AppendText(header, "h1", string.IsNullOrEmpty(title) ? "(no title found)" : title);
        var authors = TitleStatement(tei)?.Elements(TeiDocument.Ns + "author")
            .Select(author =>
            {
                var name = TeiText.Of(author.Element(TeiDocument.Ns + "persName") ?? author);
                var affiliation = author.Element(TeiDocument.Ns + "affiliation");
                return affiliation is null ? name : $"{name} ({TeiText.Of(affiliation)})";
            })
            .ToList() ?? [];
        dom.AppendText(header, "p", authors.Count == 0 ? "(no author found)" : string.Join("; ", authors), "authors");
    }

    private static void Abstract(HtmlDom dom, IElement main, XDocument tei, TeiTextRenderer text)
    {
        var summary = tei.Root?.Element(TeiDocument.Ns + "teiHeader")?.Element(TeiDocument.Ns + "profileDesc")?.Element(TeiDocument.Ns + "abstract");
        if (summary is null)
        {
            return;
        }

        var section = dom.Append(main, "section", "abstract");
        section.Attr("aria-labelledby", "abstract-title");
        dom.Id(dom.AppendText(section, "h2", "Abstract"), "abstract-title");
        text.Blocks(summary, section, 1, inBody: false);
    }

    /// <summary>Every note again at the end, each linking back to its call-out: what print shows.</summary>
    private static void Endnotes(HtmlDom dom, IElement page, TeiTextRenderer text)
    {
        var notes = text.Notes.ToList();
        if (notes.Count == 0)
        {
            return;
        }

        var section = dom.Append(page, "section", "endnotes");
        dom.Id(section, "notes");
        section.Attr("aria-labelledby", "notes-title");
        dom.Id(dom.AppendText(section, "h2", "Notes"), "notes-title");
        var list = dom.Append(section, "ol");
        foreach (var note in notes)
        {
            var item = dom.Append(list, "li");
            dom.Id(item, note.Id);
            if (int.TryParse(note.Label, out var number) && number > 0)
            {
                item.Attr("value", note.Label);
            }

            var back = dom.Append(item, "a", "note-label");
            back.Attr("href", "#call-" + note.Id);
            back.Attr("aria-label", "Note " + note.Label + ", back to the text");
            dom.Text(back, note.Label + ".");
            text.NoteContent(note.Note, item, InlineMode.NoteList);
        }
    }

    private static XElement? TitleStatement(XDocument tei) =>
        tei.Root?.Element(TeiDocument.Ns + "teiHeader")?.Element(TeiDocument.Ns + "fileDesc")?.Element(TeiDocument.Ns + "titleStmt");

    private static string Title(XDocument tei) =>
        TitleStatement(tei)?.Element(TeiDocument.Ns + "title") is { } title ? TeiText.Of(title) : "";

    /// <summary>The essay's language when the TEI states it; otherwise English, the language of the page's own words.</summary>
    private static string Language(XDocument tei)
    {
        var declared = (string?)tei.Root?.Attribute(XNamespace.Xml + "lang") ?? (string?)tei.Root?.Element(TeiDocument.Ns + "text")?.Attribute(XNamespace.Xml + "lang");
        return declared is { Length: > 0 } && declared.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? declared : "en";
    }
}
