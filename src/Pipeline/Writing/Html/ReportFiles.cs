using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using Pipeline.Diagnostics;
using Pipeline.Links;
using Pipeline.Links.Collect;

namespace Pipeline.Writing.Html;

/// <summary>
/// Reads what a preview shows beside the TEI: the batch's <c>run-report.json</c> (status, notes and
/// diagnostics per document) and the link checker's <c>links.json</c>. Both are optional; a file that
/// is not the JSON expected is reported, never fatal.
/// </summary>
public static class ReportFiles
{
    public const string RunReportName = "run-report.json";

    public const string LinkReportName = "links.json";

    /// <summary>The documents of a run report by id, or null when the file does not exist.</summary>
    public static async Task<IReadOnlyDictionary<string, ReportedDocument>?> ReadRunReportAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return null;
        }

        var stream = File.OpenRead(path);
        await using var streamDisposal = stream.ConfigureAwait(false);
        using var json = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
        var documents = new Dictionary<string, ReportedDocument>(StringComparer.Ordinal);
        if (json.RootElement.TryGetProperty("documents", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in list.EnumerateArray())
            {
                var id = String(entry, "id");
                if (id is null)
                {
                    continue;
                }

                var diagnostics = entry.TryGetProperty("diagnostics", out var items) && items.ValueKind == JsonValueKind.Array
                    ? [.. items.EnumerateArray().Select(d => ToDiagnostic(d, id))]
                    : ImmutableArray<Diagnostic>.Empty;
                documents[id] = new ReportedDocument(id, String(entry, "status") ?? "unknown", Number(entry, "notes") ?? 0, diagnostics);
            }
        }

        return documents;
    }

    /// <summary>The URLs of a link report by normalised URL, or null when the file does not exist.</summary>
    public static async Task<LinkReport?> ReadLinkReportAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return null;
        }

        var stream = File.OpenRead(path);
        await using var streamDisposal = stream.ConfigureAwait(false);
        using var json = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
        var marks = new Dictionary<string, LinkMark>(StringComparer.Ordinal);
        var broken = new Dictionary<string, int>(StringComparer.Ordinal);
        if (json.RootElement.TryGetProperty("links", out var links) && links.ValueKind == JsonValueKind.Array)
        {
            foreach (var link in links.EnumerateArray())
            {
                var url = String(link, "url");
                if (url is null || !LinkStatusWords.TryParse(String(link, "status") ?? "", out var status))
                {
                    continue;
                }

                var mark = new LinkMark(status, Number(link, "httpStatus"), String(link, "archivedUrl"));
                marks[UrlNormalizer.Normalize(url).Key] = mark;
                if (mark.IsBroken && link.TryGetProperty("citedIn", out var citations) && citations.ValueKind == JsonValueKind.Array)
                {
                    foreach (var document in citations.EnumerateArray().Select(c => String(c, "document")).OfType<string>().Distinct(StringComparer.Ordinal))
                    {
                        broken[document] = broken.GetValueOrDefault(document) + 1;
                    }
                }
            }
        }

        return new LinkReport(marks.ToFrozenDictionary(StringComparer.Ordinal), broken.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static Diagnostic ToDiagnostic(JsonElement element, string document) => new(
        String(element, "code") ?? "unknown",
        Enum.TryParse<Severity>(String(element, "severity"), ignoreCase: true, out var severity) ? severity : Severity.Info,
        String(element, "document") ?? document,
        Number(element, "line") ?? 0,
        String(element, "message") ?? "");

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;
}

/// <summary>One document as the run report gives it.</summary>
public sealed record ReportedDocument(string Id, string Status, int Notes, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>A link report: every URL's mark, and how many broken URLs each document cites.</summary>
public sealed record LinkReport(IReadOnlyDictionary<string, LinkMark> Marks, IReadOnlyDictionary<string, int> BrokenByDocument);
