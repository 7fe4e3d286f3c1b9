using Pipeline.Diagnostics;
using Pipeline.IO;

namespace Pipeline.Writing.Html;

/// <summary>
/// Writes a folder's <c>index.html</c>: every document of the run report and every page rendered, with
/// status, notes, warnings, errors and broken links, linked to its page when the page exists.
/// </summary>
public static class HtmlIndex
{
    public const string FileName = "index.html";

    /// <summary>The index of a convert run: its run report and, when links were checked, <c>links.json</c> in the output folder.</summary>
    public static async Task<string> WriteForRunAsync(string outputFolder, string? runReportPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        var runReport = await ReportFiles.ReadRunReportAsync(runReportPath ?? Path.Combine(outputFolder, ReportFiles.RunReportName), cancellationToken).ConfigureAwait(false);
        var links = await ReportFiles.ReadLinkReportAsync(Path.Combine(outputFolder, ReportFiles.LinkReportName), cancellationToken).ConfigureAwait(false);
        return await WriteAsync(outputFolder, runReport, links, [], cancellationToken).ConfigureAwait(false);
    }

    public static async Task<string> WriteAsync(
        string folder,
        IReadOnlyDictionary<string, ReportedDocument>? runReport,
        LinkReport? links,
        IEnumerable<PreviewOutcome> pages,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(pages);
        var entries = new Dictionary<string, IndexEntry>(StringComparer.Ordinal);
        foreach (var reported in runReport?.Values ?? [])
        {
            entries[reported.Id] = Entry(folder, reported.Id, reported.Status, reported.Notes, reported.Diagnostics, links, failedHere: false);
        }

        foreach (var page in pages)
        {
            var reported = runReport?.GetValueOrDefault(page.DocumentId);
            entries[page.DocumentId] = Entry(
                folder,
                page.DocumentId,
                page.Problem is not null ? "failed" : reported?.Status ?? "converted",
                reported?.Notes ?? page.Notes,
                reported?.Diagnostics ?? [],
                links,
                failedHere: page.Problem is not null);
        }

        var path = Path.Combine(folder, FileName);
        var bytes = IndexPageWriter.Render(entries.Values, "Proofreading index: " + Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))));
        await AtomicFile.WriteAsync(path, (stream, ct) => stream.WriteAsync(bytes, ct).AsTask(), cancellationToken).ConfigureAwait(false);
        return path;
    }

    private static IndexEntry Entry(
        string folder, string id, string status, int notes, IReadOnlyCollection<Diagnostic> diagnostics, LinkReport? links, bool failedHere)
    {
        var hasPage = !failedHere && File.Exists(HtmlPreview.PagePath(folder, id));
        return new IndexEntry(
            id,
            status.ToLowerInvariant(),
            notes,
            diagnostics.Count(d => d.Severity == Severity.Warning),
            diagnostics.Count(d => d.Severity == Severity.Error) + (failedHere ? 1 : 0),
            links is null ? null : links.BrokenByDocument.GetValueOrDefault(id),
            hasPage ? Uri.EscapeDataString(id) + ".html" : null);
    }
}
