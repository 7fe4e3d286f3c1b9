using System.Globalization;
using System.Text;
using System.Xml;

namespace Pipeline.Links.Report;

/// <summary>Writes the link report as an HTML page. Every string from a document goes through the XmlWriter, which escapes it.</summary>
public static class HtmlReportWriter
{
    private const string Style =
        "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top}"
        + ".ok,.redirected{color:#176b1e}.broken,.soft-404,.redirect-loop,.dns-failure,.connection-failed,.tls-error,.timeout,.server-error{color:#a11}"
        + ".blocked,.refused,.unsupported-scheme,.invalid-url{color:#8a5a00}";

    public static async Task WriteAsync(Stream output, IReadOnlyList<LinkResult> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            OmitXmlDeclaration = true,
        };
        using var buffer = new MemoryStream();
        using (var html = XmlWriter.Create(buffer, settings))
        {
            Write(html, results);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    private static void Write(XmlWriter html, IReadOnlyList<LinkResult> results)
    {
        html.WriteDocType("html", null, null, null);
        html.WriteStartElement("html");
        html.WriteAttributeString("lang", "en");
        html.WriteStartElement("head");
        html.WriteStartElement("meta");
        html.WriteAttributeString("charset", "utf-8");
        html.WriteEndElement();
        html.WriteElementString("title", "Cited links");
        html.WriteElementString("style", Style);
        html.WriteEndElement();
        html.WriteStartElement("body");
        html.WriteElementString("h1", "Cited links");
        html.WriteElementString("p", Summary(results));
        html.WriteStartElement("table");
        html.WriteStartElement("tr");
        foreach (var heading in new[] { "URL", "Status", "HTTP", "Final URL", "Archived copy", "Cited in", "Attempts", "Detail" })
        {
            Element(html, "th", heading);
        }

        html.WriteEndElement();
        foreach (var result in results.OrderBy(r => r.Url, StringComparer.Ordinal))
        {
            WriteRow(html, result);
        }

        html.WriteEndElement();
        html.WriteEndElement();
        html.WriteEndElement();
    }

    private static void WriteRow(XmlWriter html, LinkResult result)
    {
        html.WriteStartElement("tr");
        html.WriteStartElement("td");
        WriteLink(html, result.Url);
        html.WriteFullEndElement();
        html.WriteStartElement("td");
        html.WriteAttributeString("class", result.Status.ToWord());
        html.WriteString(result.RedirectKind is null ? result.Status.ToWord() : $"{result.Status.ToWord()} ({result.RedirectKind})");
        html.WriteEndElement();
        Cell(html, result.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        html.WriteStartElement("td");
        WriteLink(html, result.FinalUrl);
        html.WriteFullEndElement();
        html.WriteStartElement("td");
        WriteLink(html, result.ArchivedUrl);
        if (result.ArchivedAt is not null)
        {
            html.WriteString($" ({result.ArchivedAt})");
        }

        html.WriteFullEndElement();
        html.WriteStartElement("td");
        var first = true;
        foreach (var citation in result.CitedIn)
        {
            if (!first)
            {
                html.WriteStartElement("br");
                html.WriteEndElement();
            }

            html.WriteString($"{citation.Document}: {citation.Where}");
            first = false;
        }

        html.WriteFullEndElement();
        Cell(html, result.Attempts.ToString(CultureInfo.InvariantCulture));
        Cell(html, result.Detail ?? string.Empty);
        html.WriteEndElement();
    }

    /// <summary>Writes an anchor only for http(s) URLs, so a <c>javascript:</c> target never becomes a live link.</summary>
    private static void WriteLink(XmlWriter html, string? url)
    {
        if (url is null)
        {
            return;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            html.WriteStartElement("a");
            html.WriteAttributeString("href", uri.AbsoluteUri);
            html.WriteAttributeString("rel", "noreferrer noopener");
            html.WriteString(url);
            html.WriteEndElement();
        }
        else
        {
            html.WriteString(url);
        }
    }

    private static void Cell(XmlWriter html, string text) => Element(html, "td", text);

    /// <summary>Always a start and an end tag: HTML does not read <c>&lt;td/&gt;</c> as an empty cell.</summary>
    private static void Element(XmlWriter html, string name, string text)
    {
        html.WriteStartElement(name);
        html.WriteString(text);
        html.WriteFullEndElement();
    }

    private static string Summary(IReadOnlyList<LinkResult> results) =>
        $"{results.Count} URLs: " + string.Join(", ", results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToWord()}"));
}
