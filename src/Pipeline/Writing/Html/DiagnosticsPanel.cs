using System.Collections.Immutable;
using System.Globalization;
using AngleSharp.Dom;
using Pipeline.Diagnostics;

namespace Pipeline.Writing.Html;

/// <summary>
/// The document's diagnostics twice: as a flag at the element that holds each one's source line, and
/// as a table in a summary panel, errors first. A flag links to its row and the row to its place;
/// a row whose diagnostic has no place says why.
/// </summary>
internal sealed class DiagnosticsPanel(HtmlDom dom, IElement page)
{
    private IReadOnlyDictionary<string, IElement>? _ids;

    public IElement Render(ImmutableArray<PlacedDiagnostic> diagnostics, string origin)
    {
        var ordered = diagnostics
            .Select((placed, index) => (placed, index))
            .OrderByDescending(item => item.placed.Diagnostic.Severity)
            .ThenBy(item => item.placed.Diagnostic.Line)
            .ThenBy(item => item.index)
            .Select(item => item.placed)
            .ToImmutableArray();

        var placedCount = 0;
        var rows = new List<(PlacedDiagnostic Diagnostic, string? Where)>(ordered.Length);
        for (var i = 0; i < ordered.Length; i++)
        {
            var where = Flag(ordered[i], i + 1);
            placedCount += where is null ? 0 : 1;
            rows.Add((ordered[i], where));
        }

        var panel = dom.Element("section", "panel");
        dom.Id(panel, "diagnostics");
        panel.Attr("aria-labelledby", "diagnostics-title");
        dom.Id(dom.AppendText(panel, "h2", "Diagnostics", null), "diagnostics-title");
        var counts = dom.Append(panel, "p", "counts");
        dom.Text(counts, string.Create(CultureInfo.InvariantCulture,
            $"{Count(ordered, Severity.Error)} errors, {Count(ordered, Severity.Warning)} warnings, {Count(ordered, Severity.Info)} notes, from {origin}. "
            + $"{placedCount} shown at their place in the text, {ordered.Length - placedCount} only here."));
        var toggle = dom.Append(panel, "p", "toggle");
        var box = dom.Append(toggle, "input");
        box.Attr("type", "checkbox");
        dom.Id(box, "show-info");
        var label = dom.AppendText(toggle, "label", " Show notes (severity info) in the text too");
        label.Attr("for", "show-info");

        Problems(panel, rows);
        var details = dom.Append(panel, "details");
        dom.AppendText(details, "summary", string.Create(CultureInfo.InvariantCulture, $"All {ordered.Length} diagnostics"));
        var table = dom.Append(details, "table");
        var head = dom.Append(dom.Append(table, "thead"), "tr");
        foreach (var name in new[] { "Severity", "Code", "Line", "Where", "Message" })
        {
            dom.AppendText(head, "th", name).Attr("scope", "col");
        }

        var body = dom.Append(table, "tbody");
        for (var i = 0; i < rows.Count; i++)
        {
            Row(body, rows[i].Diagnostic, rows[i].Where, i + 1);
        }

        return panel;
    }

    /// <summary>Errors and warnings stay in view above the full table, each linked to its place.</summary>
    private void Problems(IElement panel, List<(PlacedDiagnostic Diagnostic, string? Where)> rows)
    {
        var problems = rows.Select((row, index) => (row, number: index + 1)).Where(r => r.row.Diagnostic.Diagnostic.Severity > Severity.Info).ToList();
        if (problems.Count == 0)
        {
            return;
        }

        var list = dom.Append(panel, "ul", "problems");
        foreach (var ((placed, where), number) in problems)
        {
            var item = dom.Append(list, "li", "sev-" + Word(placed.Diagnostic.Severity));
            dom.AppendText(item, "span", Word(placed.Diagnostic.Severity), "sev");
            dom.Text(item, " ");
            var link = dom.Append(item, "a");
            link.Attr("href", "#" + (where ?? "diag-" + number.ToString(CultureInfo.InvariantCulture)));
            dom.Text(link, placed.Diagnostic.Code);
            dom.Text(item, ": " + placed.Diagnostic.Message);
        }
    }

    private void Row(IElement body, PlacedDiagnostic placed, string? where, int number)
    {
        var diagnostic = placed.Diagnostic;
        var row = dom.Append(body, "tr", "sev-" + Word(diagnostic.Severity));
        dom.Id(row, "diag-" + number.ToString(CultureInfo.InvariantCulture));
        dom.AppendText(row, "td", Word(diagnostic.Severity), "sev");
        dom.AppendText(row, "td", diagnostic.Code);
        dom.AppendText(row, "td", diagnostic.Line > 0 ? diagnostic.Line.ToString(CultureInfo.InvariantCulture) : "–");
        var cell = dom.Append(row, "td", "where");
        if (where is not null)
        {
            var link = dom.Append(cell, "a");
            link.Attr("href", "#" + where);
            dom.Text(link, placed.Near ? "just after " + where : where);
        }
        else
        {
            dom.Text(cell, placed.Unplaced ?? "its element is not on the page");
        }

        dom.AppendText(row, "td", diagnostic.Message);
    }

    /// <summary>Puts the flag at its element (and a warning or error also in the note opened in place); returns the element id, or null.</summary>
    private string? Flag(PlacedDiagnostic placed, int number)
    {
        // One walk of the page finds every id; looking each anchor up in the DOM would walk it per diagnostic.
        _ids ??= dom.Ids(page);
        if (placed.Anchor is not { Length: > 0 } anchor || !_ids.TryGetValue(anchor, out var target))
        {
            return null;
        }

        Insert(target, FlagElement(placed, number));
        // A note opened in place repeats its warnings and errors; its notes (info) stay in the list of notes.
        if (placed.Diagnostic.Severity > Severity.Info && _ids.TryGetValue("pop-" + anchor, out var pop))
        {
            Insert(pop, FlagElement(placed, number));
        }

        return anchor;
    }

    private IElement FlagElement(PlacedDiagnostic placed, int number)
    {
        var diagnostic = placed.Diagnostic;
        var flag = dom.Element("span", "flag sev-" + Word(diagnostic.Severity));
        dom.AppendText(flag, "span", Word(diagnostic.Severity), "flag-sev");
        dom.Text(flag, " ");
        var link = dom.Append(flag, "a");
        link.Attr("href", "#diag-" + number.ToString(CultureInfo.InvariantCulture));
        dom.Text(link, diagnostic.Code);
        dom.Text(flag, (placed.Near ? " (just before this): " : ": ") + diagnostic.Message);
        return flag;
    }

    /// <summary>A flag goes after its element's heading or caption, else first.</summary>
    private static void Insert(IElement target, IElement flag)
    {
        var first = target.FirstElementChild;
        var afterFirst = first is { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" or "figcaption" } || HasClass(first, "note-label");
        var after = afterFirst ? first!.NextSibling : target.FirstChild;
        HtmlDom.Insert(target, flag, after);
    }

    /// <summary>Whether the element's class list has <paramref name="name"/>, read from the attribute: <c>ClassList</c> builds a token list per element asked.</summary>
    private static bool HasClass(IElement? element, string name)
    {
        var classes = (element?.GetAttribute("class") ?? "").AsSpan();
        foreach (var range in classes.SplitAny(" \t\n\f\r"))
        {
            if (classes[range].SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    private static int Count(ImmutableArray<PlacedDiagnostic> diagnostics, Severity severity) =>
        diagnostics.Count(d => d.Diagnostic.Severity == severity);

    internal static string Word(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
