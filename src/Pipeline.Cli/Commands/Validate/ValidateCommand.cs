using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Validate;

/// <summary><c>pipeline validate &lt;files…&gt;</c>: checks TEI files against the project's schema.</summary>
internal sealed class ValidateCommand : AsyncCommand<ValidateSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ValidateRun(Console.Out).ExecuteAsync(settings.Files, cancellationToken);
    }
}
