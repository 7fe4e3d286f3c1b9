using System.Collections.Immutable;
using System.Xml;
using Pipeline.IO;

namespace Pipeline.Writing.Html;

/// <summary>
/// Proofreading pages for TEI that already exists (<c>pipeline preview</c>): each <c>&lt;id&gt;.xml</c>
/// gets <c>&lt;id&gt;.html</c> beside it, and each folder an <c>index.html</c>. Diagnostics come from the
/// folder's run report, link statuses from its link report (or the one given). The TEI keeps no source
/// lines: given the documents' sources, each is read again into its model and the diagnostics are
/// placed as on a batch's page; without them they are listed in the panel, not placed.
/// A file that cannot be rendered is a problem for that file; the others go on.
/// </summary>
public static class HtmlPreview
{
    /// <summary>The page a document gets beside its TEI.</summary>
    public static string PagePath(string folder, string documentId) => Path.Combine(folder, documentId + ".html");

    public static Task<PreviewResult> RunAsync(IReadOnlyList<string> paths, string? linkReportPath, CancellationToken cancellationToken) =>
        RunAsync(paths, linkReportPath, null, cancellationToken);

    public static async Task<PreviewResult> RunAsync(IReadOnlyList<string> paths, string? linkReportPath, PreviewSources? sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var outcomes = ImmutableArray.CreateBuilder<PreviewOutcome>();
        var indexes = ImmutableArray.CreateBuilder<string>();
        foreach (var folder in TeiFiles(paths, outcomes).GroupBy(f => Path.GetDirectoryName(f)!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var runReport = await Read(() => ReportFiles.ReadRunReportAsync(Path.Combine(folder.Key, ReportFiles.RunReportName), cancellationToken), folder.Key, outcomes).ConfigureAwait(false);
            var links = await Read(() => ReportFiles.ReadLinkReportAsync(linkReportPath ?? Path.Combine(folder.Key, ReportFiles.LinkReportName), cancellationToken), folder.Key, outcomes).ConfigureAwait(false);
            var pages = new List<PreviewOutcome>();
            foreach (var file in folder.OrderBy(f => f, StringComparer.Ordinal))
            {
                var outcome = await RenderAsync(file, runReport, links, sources, cancellationToken).ConfigureAwait(false);
                outcomes.Add(outcome);
                pages.Add(outcome);
            }

            await HtmlIndex.WriteFailurePagesAsync(folder.Key, runReport, null, cancellationToken).ConfigureAwait(false);
            var index = await HtmlIndex.WriteAsync(folder.Key, runReport, links, pages, cancellationToken).ConfigureAwait(false);
            indexes.Add(index);
        }

        return new PreviewResult(outcomes.ToImmutable(), indexes.ToImmutable());
    }

    private static async Task<PreviewOutcome> RenderAsync(
        string file, IReadOnlyDictionary<string, ReportedDocument>? runReport, LinkReport? links, PreviewSources? sources, CancellationToken cancellationToken)
    {
        var id = Path.GetFileNameWithoutExtension(file);
        try
        {
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            var tei = TeiDocument.Load(bytes);
            if (tei.Root?.Name != TeiDocument.Ns + "TEI")
            {
                return new PreviewOutcome(id, file, null, 0, "not a TEI document (its root is not TEI in the TEI namespace).");
            }

            var reported = runReport?.GetValueOrDefault(id);
            var model = sources is null ? null : await sources.ModelAsync(id, bytes, cancellationToken).ConfigureAwait(false);
            var source = new HtmlPageSource
            {
                DocumentId = id,
                Tei = tei,
                Diagnostics = model?.Document is { } document
                    ? HtmlDocumentWriter.Place(document, reported?.Diagnostics ?? model.Diagnostics, tei)
                    : [.. (reported?.Diagnostics ?? []).Select(d => d.Line > 0
                        ? PlacedDiagnostic.NotPlaced(d, model?.Problem ?? "not placed: made from the TEI, which keeps no source lines (preview --sources places them)")
                        : PlacedDiagnostic.WholeDocument(d))],
                DiagnosticsOrigin = reported is not null ? ReportFiles.RunReportName : model?.Document is not null ? "its source, converted again" : "no run report",
                Links = links?.Marks ?? ImmutableDictionary<string, LinkMark>.Empty,
            };
            var page = HtmlPageWriter.Render(source);
            var path = PagePath(Path.GetDirectoryName(file)!, id);
            await AtomicFile.WriteAsync(path, (stream, ct) => stream.WriteAsync(page, ct).AsTask(), cancellationToken).ConfigureAwait(false);
            return new PreviewOutcome(id, file, path, tei.Descendants(TeiDocument.Ns + "note").Count(), null);
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            return new PreviewOutcome(id, file, null, 0, e.Message);
        }
    }

    private static async Task<T?> Read<T>(Func<Task<T?>> read, string folder, ImmutableArray<PreviewOutcome>.Builder outcomes)
        where T : class
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or IOException or UnauthorizedAccessException)
        {
            outcomes.Add(new PreviewOutcome(Path.GetFileName(folder), folder, null, 0, "report not read: " + e.Message));
            return null;
        }
    }

    private static IEnumerable<string> TeiFiles(IReadOnlyList<string> paths, ImmutableArray<PreviewOutcome>.Builder outcomes)
    {
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                foreach (var file in Directory.EnumerateFiles(full, "*.xml").Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else if (File.Exists(full))
            {
                yield return full;
            }
            else
            {
                outcomes.Add(new PreviewOutcome(Path.GetFileNameWithoutExtension(full), full, null, 0, "no such file or folder."));
            }
        }
    }
}

/// <summary>What previewing found: one outcome per TEI file (or unreadable report), and the index pages written.</summary>
public sealed record PreviewResult(ImmutableArray<PreviewOutcome> Outcomes, ImmutableArray<string> Indexes)
{
    public bool AllRendered => Outcomes.All(o => o.Problem is null);
}

/// <summary>One file: the page written, or the problem that kept it from being written.</summary>
public sealed record PreviewOutcome(string DocumentId, string Source, string? PagePath, int Notes, string? Problem);
