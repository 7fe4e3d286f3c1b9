using System.Collections.Immutable;
using System.Globalization;

namespace Pipeline.Writing.Html;

/// <summary>The batch's index page: every document with its status and counts, each linked to its page.</summary>
public static class IndexPageWriter
{
    public static byte[] Render(IEnumerable<IndexEntry> entries, string title)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var rows = entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToImmutableArray();
        var dom = HtmlDom.CreatePage("en", title);
        var document = dom.Document;

        var page = dom.Append(document.Body!, "div", "page index");
        var main = dom.Append(page, "main");
        dom.AppendText(main, "h1", title);
        dom.AppendText(main, "p", string.Create(CultureInfo.InvariantCulture,
            $"{rows.Length} documents: {rows.Count(r => r.Failed)} failed, {rows.Sum(r => r.Errors)} errors, {rows.Sum(r => r.Warnings)} warnings, {rows.Sum(r => r.LinksBroken ?? 0)} broken links."),
            "counts");
        var table = dom.Append(main, "table", "documents");
        dom.AppendText(table, "caption", "Documents of this batch");
        var header = dom.Append(dom.Append(table, "thead"), "tr");
        foreach (var name in new[] { "Document", "Status", "Notes", "Warnings", "Errors", "Links broken" })
        {
            dom.AppendText(header, "th", name).Attr("scope", "col");
        }

        var body = dom.Append(table, "tbody");
        foreach (var entry in rows)
        {
            var row = dom.Append(body, "tr", entry.Failed ? "doc-failed" : entry.Errors > 0 ? "doc-errors" : entry.Warnings > 0 ? "doc-warnings" : "doc-fine");
            var cell = dom.Append(row, "th");
            cell.Attr("scope", "row");
            if (entry.Href is { Length: > 0 } href)
            {
                var link = dom.Append(cell, "a");
                link.Attr("href", href);
                dom.Text(link, entry.Id);
            }
            else
            {
                dom.Text(cell, entry.Id);
            }

            dom.AppendText(row, "td", entry.Status, "status");
            Number(dom, row, entry.Notes);
            Number(dom, row, entry.Warnings);
            Number(dom, row, entry.Errors);
            dom.AppendText(row, "td", entry.LinksBroken is { } broken ? broken.ToString(CultureInfo.InvariantCulture) : "not checked", "num");
        }

        return dom.Serialize();
    }

    private static void Number(HtmlDom dom, AngleSharp.Dom.IElement row, int value) =>
        dom.AppendText(row, "td", value.ToString(CultureInfo.InvariantCulture), "num");
}

/// <summary>
/// One document on the index page. <see cref="Href"/> is its page, relative to the index, or null when
/// it has none (it failed). <see cref="LinksBroken"/> is null when its links were not checked.
/// </summary>
public sealed record IndexEntry(string Id, string Status, int Notes, int Warnings, int Errors, int? LinksBroken, string? Href)
{
    public bool Failed => string.Equals(Status, "failed", StringComparison.OrdinalIgnoreCase);
}
