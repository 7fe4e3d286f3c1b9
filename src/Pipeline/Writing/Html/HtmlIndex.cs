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

    /// <summary>
    /// The index of a convert run: its run report and, when links were checked, <c>links.json</c> in the
    /// output folder. A document that failed gets a page of its own first (<see cref="FailurePageWriter"/>),
    /// named by its input in <paramref name="inputs"/> (document id to input path) where known.
    /// </summary>
    public static async Task<string> WriteForRunAsync(
        string outputFolder, string? runReportPath, IReadOnlyDictionary<string, string>? inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        var runReport = await ReportFiles.ReadRunReportAsync(runReportPath ?? Path.Combine(outputFolder, ReportFiles.RunReportName), cancellationToken).ConfigureAwait(false);
        var links = await ReportFiles.ReadLinkReportAsync(Path.Combine(outputFolder, ReportFiles.LinkReportName), cancellationToken).ConfigureAwait(false);
        await WriteFailurePagesAsync(outputFolder, runReport, inputs, cancellationToken).ConfigureAwait(false);
        return await WriteAsync(outputFolder, runReport, links, [], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A page for every document the run report says failed, so the index links it too.</summary>
    internal static async Task WriteFailurePagesAsync(
        string folder, IReadOnlyDictionary<string, ReportedDocument>? runReport, IReadOnlyDictionary<string, string>? inputs, CancellationToken cancellationToken)
    {
        foreach (var failed in (runReport?.Values ?? []).Where(d => IsFailed(d.Status)).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            // A failed document's page from an earlier run would show output that no longer stands.
            var page = FailurePageWriter.Render(failed.Id, inputs?.GetValueOrDefault(failed.Id), failed.Diagnostics);
            await AtomicFile.WriteAsync(HtmlPreview.PagePath(folder, failed.Id), (stream, ct) => stream.WriteAsync(page, ct).AsTask(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsFailed(string status) => string.Equals(status, "failed", StringComparison.OrdinalIgnoreCase);

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
