using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Convert;

/// <summary>
/// <c>pipeline convert &lt;inputs…&gt; --out &lt;dir&gt;</c>: converts each document to TEI, one after
/// another, printing diagnostics as <c>document:line: severity code: message</c>.
/// </summary>
internal sealed class ConvertCommand : AsyncCommand<ConvertSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, ConvertSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ConvertRun(Console.Out).ExecuteAsync(settings.Inputs, settings.Output, cancellationToken);
    }
}
