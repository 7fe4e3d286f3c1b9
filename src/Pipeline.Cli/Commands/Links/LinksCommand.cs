using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Links;

/// <summary><c>pipeline links</c>: checks the URLs cited in TEI documents for link rot.</summary>
internal sealed class LinksCommand : AsyncCommand<LinksSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, LinksSettings settings, CancellationToken cancellationToken) =>
        LinksRun.ExecuteAsync(settings, AnsiConsole.Console, resolver: null, cancellationToken);
}
