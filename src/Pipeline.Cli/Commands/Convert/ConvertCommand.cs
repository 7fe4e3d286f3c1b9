using Pipeline.Batch;
using Pipeline.Cli.Commands.Links;
using Pipeline.Conversion;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Convert;

/// <summary>
/// <c>pipeline convert &lt;inputs…&gt; --out &lt;dir&gt;</c>: converts every document in parallel (one per core),
/// skipping those unchanged since the last run, with a live progress bar on a terminal and plain lines
/// otherwise, then a summary table and a JSON run report. Exit code 0 when all converted, 2 when some
/// failed, 1 when the run could not start.
/// </summary>
internal sealed class ConvertCommand : AsyncCommand<ConvertSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ConvertSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.UsageError() is { } usage)
        {
            Console.Error.WriteLine("error: " + usage);
            return BatchResult.CouldNotRun;
        }

        var shard = ShardSpec.All;
        if (settings.Shard is not null)
        {
            ShardSpec.TryParse(settings.Shard, out shard, out _);
        }

        using var converter = new DocumentConverter();
        var conversionOptions = new ConversionOptions
        {
            Pipeline = new() { FigureOcr = new() { Enabled = !settings.NoOcr } },
            InputFormat = settings.InputFormat?.ToLowerInvariant(),
        };
        var conversion = new TeiConversion(converter, conversionOptions);
        var options = new BatchOptions
        {
            Inputs = [.. settings.Inputs],
            OutputFolder = settings.Output!,
            Shard = shard,
            Force = settings.Force,
            MaxParallelism = settings.Jobs ?? Environment.ProcessorCount,
            Settings = conversion.Settings,
            ReportPath = settings.Report,
        };

        BatchResult result;
        try
        {
            result = settings.Plain || !IsTerminal()
                ? await BatchRunner.RunAsync(options, conversion.ConvertAsync, new PlainLineObserver(Console.Out), cancellationToken).ConfigureAwait(false)
                : await RunWithProgressBarAsync(options, conversion, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine("cancelled: documents finished so far are kept; run again to convert the rest.");
            return BatchResult.CouldNotRun;
        }

        BatchSummary.Write(AnsiConsole.Console, result);
        if (!settings.CheckLinks || result.ExitCode == BatchResult.CouldNotRun)
        {
            return result.ExitCode;
        }

        // Conversion exit codes here are 0 or 2, like the link checker's 0 (all fine) or 2 (some not);
        // a link check that could not run makes the whole run "could not run".
        var links = await CheckLinksAsync(settings, cancellationToken).ConfigureAwait(false);
        return links == LinksRun.Failed ? BatchResult.CouldNotRun : Math.Max(result.ExitCode, links);
    }

    /// <summary>Checks the links of everything in the output folder, the way <c>pipeline links</c> does.</summary>
    private static Task<int> CheckLinksAsync(ConvertSettings settings, CancellationToken cancellationToken)
    {
        var output = settings.Output!;
        var links = new LinksSettings
        {
            Paths = [output],
            Report = Path.Combine(output, "links.json"),
            Html = Path.Combine(output, "links.html"),
            Annotate = settings.AnnotateLinks,
        };
        return LinksRun.ExecuteAsync(links, AnsiConsole.Console, resolver: null, cancellationToken);
    }

    private static async Task<BatchResult> RunWithProgressBarAsync(BatchOptions options, TeiConversion conversion, CancellationToken cancellationToken)
    {
        BatchResult? result = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
                result = await BatchRunner.RunAsync(options, conversion.ConvertAsync, new ProgressBarObserver(context), cancellationToken).ConfigureAwait(false))
            .ConfigureAwait(false);
        return result ?? BatchResult.NotRun("the run did not start.");
    }

    private static bool IsTerminal() =>
        !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
}
