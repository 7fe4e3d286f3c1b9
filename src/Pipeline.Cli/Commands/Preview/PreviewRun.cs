using Pipeline.Batch;
using Pipeline.Writing.Html;

namespace Pipeline.Cli.Commands.Preview;

/// <summary>
/// The logic of <c>pipeline preview</c>, apart from argument parsing: renders the pages, prints one line
/// per file and returns 0 when every page was written, 2 when some were not, 1 when nothing was given.
/// </summary>
internal sealed class PreviewRun(TextWriter output, TextWriter error)
{
    public async Task<int> ExecuteAsync(IReadOnlyList<string> paths, string? links, IReadOnlyList<string> sources, bool noOcr, CancellationToken cancellationToken)
    {
        if (paths.Count == 0)
        {
            await error.WriteLineAsync("error: give at least one TEI file or folder.").ConfigureAwait(false);
            return BatchResult.CouldNotRun;
        }

        using var found = sources.Count == 0 ? null : PreviewSources.Discover(sources, ocr: !noOcr);
        foreach (var missing in found?.Errors ?? [])
        {
            await error.WriteLineAsync($"{missing}: error: no such source.").ConfigureAwait(false);
        }

        var result = await HtmlPreview.RunAsync(paths, links, found, cancellationToken).ConfigureAwait(false);
        foreach (var outcome in result.Outcomes)
        {
            await (outcome.Problem is null
                ? output.WriteLineAsync($"page  {outcome.PagePath}")
                : error.WriteLineAsync($"{outcome.Source}: error: {outcome.Problem}")).ConfigureAwait(false);
        }

        foreach (var index in result.Indexes)
        {
            await output.WriteLineAsync($"index {index}").ConfigureAwait(false);
        }

        if (result.Outcomes.IsEmpty)
        {
            await error.WriteLineAsync("error: no TEI files found.").ConfigureAwait(false);
            return BatchResult.CouldNotRun;
        }

        return result.AllRendered ? BatchResult.Success : BatchResult.SomeFailed;
    }
}
