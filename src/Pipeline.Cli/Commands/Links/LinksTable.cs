using System.Globalization;
using Pipeline.Links;
using Pipeline.Links.Report;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Pipeline.Cli.Commands.Links;

/// <summary>The console table of results. Cells are plain <see cref="Text"/>, so URLs are never read as markup.</summary>
internal static class LinksTable
{
    public static Table Build(IEnumerable<LinkResult> results)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("Status", "HTTP", "Tries", "URL", "Cited in", "Archived copy");
        foreach (var result in results.OrderBy(r => r.Url, StringComparer.Ordinal))
        {
            table.AddRow(new IRenderable[]
            {
                new Text(result.Status.ToWord(), new Style(result.Status.IsFine() ? Color.Green : Color.Red)),
                new Text(result.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? "-"),
                new Text(result.Attempts.ToString(CultureInfo.InvariantCulture)),
                new Text(result.FinalUrl is null ? result.Url : $"{result.Url}\n-> {result.FinalUrl}"),
                new Text(string.Join("\n", result.CitedIn.Select(c => $"{c.Document}: {c.Where}"))),
                new Text(result.ArchivedUrl ?? string.Empty),
            });
        }

        return table;
    }

    /// <summary>The same rows as tab-separated lines, for <c>-o FILE</c> with the table format.</summary>
    public static string Plain(IEnumerable<LinkResult> results)
    {
        var text = new System.Text.StringBuilder("status\thttp\ttries\turl\tcited in\tarchived copy\n");
        foreach (var result in results.OrderBy(r => r.Url, StringComparer.Ordinal))
        {
            text.Append(result.Status.ToWord()).Append('\t')
                .Append(result.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? "-").Append('\t')
                .Append(result.Attempts.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(result.Url).Append('\t')
                .Append(string.Join("; ", result.CitedIn.Select(c => $"{c.Document}: {c.Where}"))).Append('\t')
                .Append(result.ArchivedUrl ?? string.Empty).Append('\n');
        }

        return text.ToString();
    }
}
