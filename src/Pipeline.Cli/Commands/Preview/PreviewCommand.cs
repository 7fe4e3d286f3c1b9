using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Preview;

/// <summary><c>pipeline preview &lt;tei files or folders&gt;</c>: proofreading pages and an index for existing TEI.</summary>
internal sealed class PreviewCommand : AsyncCommand<PreviewSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, PreviewSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new PreviewRun(Console.Out, Console.Error).ExecuteAsync(settings.Paths, settings.Links, cancellationToken);
    }
}
