using System.CommandLine;
using Pipeline.Batch;
using Pipeline.Cli.CommandLine;
using Pipeline.Cli.Commands.Links;
using Pipeline.Conversion;
using Pipeline.Reading;
using Pipeline.Writing;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Convert;

/// <summary>
/// <c>pipeline convert &lt;inputs…&gt; -o &lt;dir&gt;</c>: converts every document in parallel (one per core),
/// skipping those unchanged since the last run, with a live progress bar on a terminal and plain lines
/// otherwise, then a summary table and a JSON run report. Exit code 0 when all converted, 2 when some
/// failed, 1 when the run could not start.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(GlobalOptions global)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Document folders (holding document.pdf, document.md or document.txt), corpus folders (holding document folders), PDF or text files, or '-' for one document on standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o", "--out")
        {
            Description = "Folder that receives <id>.xml and <id>/ with the figure images; for one document, '-' writes its TEI to standard output (with input '-': the TEI file, standard output by default).",
            HelpName = "DIR",
        };
        var force = new Option<bool>("--force") { Description = "Convert every document, even those whose inputs and pipeline have not changed since the last run." };
        var shard = new Option<string>("--shard") { Description = "Convert only shard I of N (I from 0), chosen by a stable hash of each document id.", HelpName = "I/N" };
        var jobs = TypedOptions.Whole("--jobs", "Documents converted at once (default: one per core).", minimum: 1, aliases: "-j");
        var report = new Option<string>("--report") { Description = "Where to write the JSON run report (default: run-report.json in the output folder).", HelpName = "FILE" };
        var noOcr = new Option<bool>("--no-ocr") { Description = "Do not recognise images: figures are written without a transcription, and a PDF page that is only a scan is not read." };
        var checkLinks = new Option<bool>("--check-links") { Description = "After converting, check every URL cited in the output (links.json and links.html in the output folder)." };
        var annotateLinks = new Option<bool>("--annotate-links") { Description = "With --check-links: write archived snapshots of links that are not fine into the TEI beside the original link." };
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "Read every document as this format (" + string.Join(", ", DocumentReaders.Default().Select(r => r.Format)) + ") instead of recognising each one's format.",
            HelpName = "FORMAT",
        };
        var html = new Option<bool>("--html") { Description = "Also write a proofreading page <id>.html beside each <id>.xml, and index.html for the batch." };
        var meta = new Option<string[]>("--meta")
        {
            Description = "A batch-wide default for the TEI header (repeatable), e.g. --meta publisher=\"Example Press\" --meta licence=CC-BY-4.0; keys as in metadata.json; a document's own metadata file overrides it.",
            HelpName = "KEY=VALUE",
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit 2 when any document has a diagnostic this bad: error (the default: failed documents) or warning.",
            HelpName = "warning|error",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("warning", "error");
        var plain = new Option<bool>("--plain") { Description = "Plain progress lines even on a terminal." };
        var baseFolder = new Option<string>("--base")
        {
            Description = "With input '-': the folder the document's relative image paths are read from (default: the current folder).",
            HelpName = "DIR",
        };

        var command = new Command("convert", "Convert scraped essays to TEI.")
        {
            inputs, output, force, shard, jobs, report, noOcr, checkLinks, annotateLinks, inputFormat, html, meta, failOn, plain, baseFolder,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new ConvertSettings
            {
                Inputs = parse.GetValue(inputs) ?? [],
                Output = parse.GetValue(output),
                Force = parse.GetValue(force),
                Shard = parse.GetValue(shard),
                Jobs = parse.GetValue(jobs),
                Report = parse.GetValue(report),
                NoOcr = parse.GetValue(noOcr),
                CheckLinks = parse.GetValue(checkLinks),
                AnnotateLinks = parse.GetValue(annotateLinks),
                InputFormat = parse.GetValue(inputFormat),
                Html = parse.GetValue(html),
                Meta = parse.GetValue(meta) ?? [],
                Plain = parse.GetValue(plain),
                Base = parse.GetValue(baseFolder),
                FailOnWarning = parse.GetValue(failOn) == "warning",
            },
            global.Context(parse),
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(ConvertSettings settings, CliContext cli, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(cli);
        if (settings.UsageError() is { } usage)
        {
            await cli.Error.WriteLineAsync("error: " + usage).ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }

        if (SingleDocumentRun.Applies(settings))
        {
            return await SingleDocumentRun.RunAsync(settings, ConversionOptionsFor(settings), cli, cancellationToken).ConfigureAwait(false);
        }

        var shard = ShardSpec.All;
        if (settings.Shard is not null)
        {
            ShardSpec.TryParse(settings.Shard, out shard, out _);
        }

        using var converter = new DocumentConverter();
        var conversionOptions = ConversionOptionsFor(settings);
        converter.Prepare(conversionOptions);
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
            result = settings.Plain || !cli.IsTerminal
                ? await BatchRunner.RunAsync(options, conversion.ConvertAsync, new PlainLineObserver(cli.Out, cli.Verbosity), cancellationToken).ConfigureAwait(false)
                : await RunWithProgressBarAsync(options, conversion, cli, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await cli.Error.WriteLineAsync("cancelled: documents finished so far are kept; run again to convert the rest.").ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }

        BatchSummary.Write(cli, result, listDiagnostics: !(settings.Plain || !cli.IsTerminal));
        var exitCode = ExitCode(result, settings.FailOnWarning);
        if (exitCode == ExitCodes.CouldNotRun)
        {
            return exitCode;
        }

        if (settings.CheckLinks)
        {
            // Conversion exit codes here are 0 or 2, like the link checker's 0 (all fine) or 2 (some not);
            // a link check that could not run makes the whole run "could not run".
            var links = await CheckLinksAsync(settings, cli, cancellationToken).ConfigureAwait(false);
            exitCode = links == ExitCodes.CouldNotRun ? ExitCodes.CouldNotRun : Math.Max(exitCode, links);
        }

        if (settings.Html && exitCode != ExitCodes.CouldNotRun)
        {
            await HtmlRun.FinishAsync(settings.Output!, result.ReportPath, options.Inputs, settings.CheckLinks, cli.Quiet ? TextWriter.Null : cli.Out, cancellationToken).ConfigureAwait(false);
        }

        return exitCode;
    }

    private static ConversionOptions ConversionOptionsFor(ConvertSettings settings) => new()
    {
        Pipeline = new() { FigureOcr = new() { Enabled = !settings.NoOcr } },
        InputFormat = settings.InputFormat?.ToLowerInvariant(),
        Writers = settings.Html ? DocumentWriters.WithHtml() : DocumentWriters.Default(),
        Metadata = settings.MetadataDefaults().Metadata,
    };

    /// <summary>The batch's exit code, made 2 by any warning under <c>--fail-on warning</c> (or any error diagnostic at all).</summary>
    private static int ExitCode(BatchResult result, bool failOnWarning)
    {
        if (result.ExitCode != ExitCodes.Ok || result.Report is not { Totals: var totals })
        {
            return result.ExitCode;
        }

        return totals.Errors > 0 || (failOnWarning && totals.Warnings > 0) ? ExitCodes.SomeNotFine : ExitCodes.Ok;
    }

    /// <summary>Checks the links of everything in the output folder, the way <c>pipeline links</c> does.</summary>
    private static Task<int> CheckLinksAsync(ConvertSettings settings, CliContext cli, CancellationToken cancellationToken)
    {
        var output = settings.Output!;
        var links = new LinksSettings
        {
            Paths = [output],
            Report = Path.Combine(output, "links.json"),
            Html = Path.Combine(output, "links.html"),
            Annotate = settings.AnnotateLinks,
        };
        return LinksRun.ExecuteAsync(links, cli, resolver: null, cancellationToken);
    }

    private static async Task<BatchResult> RunWithProgressBarAsync(BatchOptions options, TeiConversion conversion, CliContext cli, CancellationToken cancellationToken)
    {
        BatchResult? result = null;
        await cli.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
                result = await BatchRunner.RunAsync(options, conversion.ConvertAsync, new ProgressBarObserver(context), cancellationToken).ConfigureAwait(false))
            .ConfigureAwait(false);
        return result ?? BatchResult.NotRun("the run did not start.");
    }
}
