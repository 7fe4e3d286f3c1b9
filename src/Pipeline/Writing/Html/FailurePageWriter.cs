using System.Collections.Immutable;
using Pipeline.Diagnostics;

namespace Pipeline.Writing.Html;

/// <summary>
/// The page of a document that did not convert, so the batch's index links every document: its id, its
/// input, the errors that stopped it and every diagnostic it got, in the same panel as a converted page.
/// </summary>
public static class FailurePageWriter
{
    public static byte[] Render(string documentId, string? input, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var dom = HtmlDom.CreatePage("en", documentId + " – not converted");
        var page = dom.Element("div", "page failed");
        var header = dom.Append(page, "header", "doc-head");
        dom.AppendText(header, "p", "Proofreading view of " + documentId, "doc-id");
        dom.AppendText(header, "h1", "Not converted: " + documentId);
        dom.AppendText(header, "p", "Input: " + (input ?? "(not known: the run report does not name it)"), "input");

        var main = dom.Append(page, "main");
        dom.Id(main, "essay");
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var section = dom.Append(main, "section", "failure");
        section.Attr("aria-labelledby", "failure-title");
        dom.Id(dom.AppendText(section, "h2", "Why it was not converted"), "failure-title");
        if (errors.Count == 0)
        {
            dom.AppendText(section, "p", "The run report gives no error for this document.");
        }
        else
        {
            var list = dom.Append(section, "ul", "problems");
            foreach (var error in errors)
            {
                var item = dom.Append(list, "li", "sev-error");
                dom.AppendText(item, "span", "error", "sev");
                dom.Text(item, " " + error.Code + ": " + error.Message);
            }
        }

        ImmutableArray<PlacedDiagnostic> listed = [.. diagnostics.Select(d => d.Line > 0
            ? PlacedDiagnostic.NotPlaced(d, "not placed: the document has no page text")
            : PlacedDiagnostic.WholeDocument(d))];
        var panel = new DiagnosticsPanel(dom, page).Render(listed, ReportFiles.RunReportName);
        HtmlDom.Insert(page, panel, main);
        HtmlDom.Add(dom.Document.Body!, page);
        return dom.Serialize();
    }
}
