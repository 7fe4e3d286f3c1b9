using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pipeline.Links.Report;

/// <summary>Writes the link report as JSON: a summary by status, then one object per URL (in URL order).</summary>
public static class JsonReportWriter
{
    public static async Task WriteAsync(Stream output, IReadOnlyList<LinkResult> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        await using var jsonDisposal = json.ConfigureAwait(false);
        json.WriteStartObject();
        json.WriteStartObject("summary");
        json.WriteNumber("total", results.Count);
        foreach (var group in results.GroupBy(r => r.Status).OrderBy(g => g.Key))
        {
            json.WriteNumber(group.Key.ToWord(), group.Count());
        }

        json.WriteEndObject();
        json.WriteStartArray("links");
        foreach (var result in results.OrderBy(r => r.Url, StringComparer.Ordinal))
        {
            WriteResult(json, result);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteResult(Utf8JsonWriter json, LinkResult result)
    {
        json.WriteStartObject();
        json.WriteString("url", result.Url);
        json.WriteString("status", result.Status.ToWord());
        WriteNullable(json, "httpStatus", result.HttpStatus);
        json.WriteString("finalUrl", result.FinalUrl);
        json.WriteString("redirectKind", result.RedirectKind);
        json.WriteStartArray("redirects");
        foreach (var hop in result.Redirects)
        {
            json.WriteStartObject();
            json.WriteString("url", hop.Url);
            json.WriteNumber("httpStatus", hop.HttpStatus);
            json.WriteString("location", hop.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("attempts", result.Attempts);
        json.WriteNumber("elapsedMs", result.ElapsedMs);
        json.WriteString("archivedUrl", result.ArchivedUrl);
        json.WriteString("archivedAt", result.ArchivedAt);
        json.WriteStartArray("citedIn");
        foreach (var citation in result.CitedIn)
        {
            json.WriteStartObject();
            json.WriteString("document", citation.Document);
            json.WriteString("where", citation.Where);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("detail", result.Detail);
        json.WriteBoolean("cached", result.Cached);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
