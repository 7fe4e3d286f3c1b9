using System.Globalization;
using System.Text.Json;
using Pipeline.Links.Fetch;

namespace Pipeline.Links.Archive;

/// <summary>
/// Asks the Wayback availability API (<c>/wayback/available?url=…&amp;timestamp=…</c>) for the snapshot
/// closest to the date the citation says the page was accessed. Goes through the same polite pipelines.
/// </summary>
internal sealed class WaybackClient(ProbeClient client, Uri baseUrl)
{
    public async Task<(ArchiveSnapshot? Snapshot, string? Problem)> FindAsync(string url, DateOnly? accessDate, CancellationToken cancellationToken)
    {
        var query = $"wayback/available?url={Uri.EscapeDataString(url)}";
        if (accessDate is { } date)
        {
            query += "&timestamp=" + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        }

        var endpoint = new Uri(WithTrailingSlash(baseUrl), query);
        var step = await client.SendAsync(new ProbeRequest(HttpMethod.Get, endpoint, ReadBody: true), cancellationToken).ConfigureAwait(false);
        if (step.Failure is { } failure)
        {
            return (null, $"archive look-up failed: {failure.Message}");
        }

        if (step.Probe is not { IsSuccess: true, Body: { } body })
        {
            return (null, $"archive look-up answered {step.Probe?.Status}");
        }

        return Parse(body);
    }

    internal static (ArchiveSnapshot? Snapshot, string? Problem) Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("archived_snapshots", out var snapshots)
                || !snapshots.TryGetProperty("closest", out var closest)
                || (closest.TryGetProperty("available", out var available) && available.ValueKind == JsonValueKind.False)
                || !closest.TryGetProperty("url", out var snapshotUrl)
                || snapshotUrl.GetString() is not { Length: > 0 } snapshot)
            {
                return (null, null);
            }

            if (!TeiAnnotator.IsWebAddress(snapshot))
            {
                return (null, "the archive service gave a snapshot address that is not an http(s) URL; it is not used");
            }

            var takenAt = closest.TryGetProperty("timestamp", out var stamp) && stamp.GetString() is { } text
                && DateTime.TryParseExact(text, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var when)
                ? when.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)
                : null;
            return (new ArchiveSnapshot(snapshot, takenAt), null);
        }
        catch (JsonException ex)
        {
            return (null, $"archive look-up gave unreadable JSON: {ex.Message}");
        }
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
