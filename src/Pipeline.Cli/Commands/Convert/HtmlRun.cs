using Pipeline.Batch;
using Pipeline.Writing.Html;

namespace Pipeline.Cli.Commands.Convert;

/// <summary>
/// The end of <c>convert --html</c>: with checked links, the pages get each cited URL's status; then the
/// batch's index page is written, with a page for each document that failed, naming its input.
/// </summary>
internal static class HtmlRun
{
    public static async Task FinishAsync(
        string outputFolder, string? reportPath, IReadOnlyList<string> inputPaths, bool linksChecked, TextWriter output, CancellationToken cancellationToken)
    {
        if (linksChecked)
        {
            var marked = await HtmlLinkStatuses.ApplyToFolderAsync(outputFolder, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"link statuses added to {marked} pages").ConfigureAwait(false);
        }

        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in CorpusDiscovery.Discover(inputPaths).Documents)
        {
            inputs.TryAdd(source.Id, source.Path);
        }

        var index = await HtmlIndex.WriteForRunAsync(outputFolder, reportPath, inputs, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"index: {index}").ConfigureAwait(false);
    }
}
