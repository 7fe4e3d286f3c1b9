using AngleSharp.Dom;
using Pipeline.IO;
using Pipeline.Links.Collect;

namespace Pipeline.Writing.Html;

/// <summary>
/// Adds a link report's statuses to pages already written, so <c>convert --html --check-links</c> keeps
/// the diagnostics the conversion placed: each cited URL's old status is removed and the report's put
/// after it. Applying the same report twice gives the same bytes.
/// </summary>
public static class HtmlLinkStatuses
{
    /// <summary>Marks every <c>&lt;id&gt;.html</c> beside an <c>&lt;id&gt;.xml</c> with the folder's <c>links.json</c>; returns how many pages.</summary>
    public static async Task<int> ApplyToFolderAsync(string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var report = await ReportFiles.ReadLinkReportAsync(Path.Combine(folder, ReportFiles.LinkReportName), cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return 0;
        }

        var pages = 0;
        foreach (var tei in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            var page = HtmlPreview.PagePath(folder, Path.GetFileNameWithoutExtension(tei));
            if (!File.Exists(page))
            {
                continue;
            }

            var bytes = Apply(await File.ReadAllTextAsync(page, cancellationToken).ConfigureAwait(false), report.Marks);
            await AtomicFile.WriteAsync(page, (stream, ct) => stream.WriteAsync(bytes, ct).AsTask(), cancellationToken).ConfigureAwait(false);
            pages++;
        }

        return pages;
    }

    public static byte[] Apply(string html, IReadOnlyDictionary<string, LinkMark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var dom = HtmlDom.Parse(html);
        foreach (var old in dom.Document.QuerySelectorAll(".link-status, a.archived.from-report").ToList())
        {
            if (old.PreviousSibling is IText { Data: " " } space)
            {
                space.Remove();
            }

            old.Remove();
        }

        foreach (var link in dom.Document.QuerySelectorAll("a.cited-url").ToList())
        {
            var href = link.GetAttribute("href") ?? "";
            if (marks.TryGetValue(UrlNormalizer.Normalize(href).Key, out var mark))
            {
                link.After([.. LinkRenderer.StatusNodes(dom, mark)]);
            }
        }

        return dom.Serialize();
    }
}
