using System.Globalization;
using System.Text;
using Pipeline.Links;
using Pipeline.Links.Report;

namespace Pipeline.Cli.Commands.Links;

/// <summary><c>--format markdown</c>: the results as a GitHub-flavoured Markdown table, one row per URL.</summary>
internal static class MarkdownReport
{
    public static string Write(IEnumerable<LinkResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder();
        text.Append("| Status | HTTP | URL | Cited in | Archived copy |\n");
        text.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var result in results.OrderBy(r => r.Url, StringComparer.Ordinal))
        {
            text.Append("| ").Append(result.Status.ToWord())
                .Append(" | ").Append(result.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? "-")
                .Append(" | ").Append(Cell(result.FinalUrl is null ? result.Url : $"{result.Url} → {result.FinalUrl}"))
                .Append(" | ").Append(Cell(string.Join("; ", result.CitedIn.Select(c => $"{c.Document}: {c.Where}"))))
                .Append(" | ").Append(Cell(result.ArchivedUrl ?? ""))
                .Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>A pipe would end the cell and a line break the row.</summary>
    private static string Cell(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
