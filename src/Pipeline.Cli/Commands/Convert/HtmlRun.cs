using Pipeline.Writing.Html;

namespace Pipeline.Cli.Commands.Convert;

/// <summary>
/// The end of <c>convert --html</c>: with checked links, the pages get each cited URL's status; then the
/// batch's index page is written.
/// </summary>
internal static class HtmlRun
{
    public static async Task FinishAsync(string outputFolder, string? reportPath, bool linksChecked, TextWriter output, CancellationToken cancellationToken)
    {
        if (linksChecked)
        {
            var marked = await HtmlLinkStatuses.ApplyToFolderAsync(outputFolder, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"link statuses added to {marked} pages").ConfigureAwait(false);
        }

        var index = await HtmlIndex.WriteForRunAsync(outputFolder, reportPath, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"index: {index}").ConfigureAwait(false);
    }
}
