using Pipeline.Archive.BagIt;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Archive;

/// <summary><c>pipeline archive output/ --bag dir</c>: packages a conversion's output as a BagIt 1.0 bag.</summary>
internal sealed class ArchiveCommand : AsyncCommand<ArchiveSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ArchiveSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.UsageError() is { } usage)
        {
            Console.Error.WriteLine("error: " + usage);
            return 1;
        }

        var info = new BagInfo(
            settings.Organization,
            settings.Description,
            DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime),
            PipelineVersion.Text);
        try
        {
            var result = await BagWriter.WriteAsync(settings.Output, settings.Bag, info, cancellationToken, settings.LinkReports).ConfigureAwait(false);
            foreach (var name in result.Excluded)
            {
                AnsiConsole.MarkupLineInterpolated($"[grey]left out: {name}[/]");
            }

            AnsiConsole.MarkupLineInterpolated(
                $"Bag written to [bold]{result.BagFolder}[/]: {result.PayloadFiles} files, {result.PayloadBytes} bytes (Payload-Oxum {result.PayloadOxum}).");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: could not write the bag: {e.Message}");
            return 1;
        }
    }
}
