using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Bench;

/// <summary><c>pipeline bench html</c>: rendering a document's proofreading page beside converting the document.</summary>
internal sealed class BenchHtmlCommand : AsyncCommand<BenchHtmlSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, BenchHtmlSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return HtmlBench.RunAsync(settings.Document ?? Path.Combine("input", "seed-essay"), Math.Max(3, settings.Runs), AnsiConsole.Console, cancellationToken);
    }
}
