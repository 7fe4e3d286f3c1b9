using System.CommandLine;
using Pipeline.Archive.BagIt;
using Pipeline.Cli.CommandLine;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Archive;

/// <summary><c>pipeline archive output/ --bag dir</c>: packages a conversion's output as a BagIt 1.0 bag.</summary>
internal static class ArchiveCommand
{
    public static Command Create(GlobalOptions global)
    {
        var output = new Argument<string>("output") { Description = "The conversion's output folder (TEI files, their images, the link report)." };
        var bag = new Option<string>("--bag", "-o", "--output") { Description = "Where to write the bag; must not exist or be empty.", HelpName = "DIR", Required = true };
        var organization = new Option<string>("--organization")
        {
            Description = "Source-Organization written to bag-info.txt.",
            HelpName = "NAME",
            DefaultValueFactory = _ => ArchiveSettings.DefaultOrganization,
        };
        var description = new Option<string>("--description")
        {
            Description = "External-Description written to bag-info.txt.",
            HelpName = "TEXT",
            DefaultValueFactory = _ => ArchiveSettings.DefaultDescription,
        };
        var linkReports = new Option<string[]>("--link-report")
        {
            Description = "A link report written outside the output folder, archived at the top of data/ (repeatable). One inside it (links.json, link-report.html …) is found by itself.",
            HelpName = "FILE",
        };
        var command = new Command("archive", "Package an output folder as a BagIt 1.0 bag.") { output, bag, organization, description, linkReports };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new ArchiveSettings
            {
                Output = parse.GetValue(output)!,
                Bag = parse.GetValue(bag)!,
                Organization = parse.GetValue(organization)!,
                Description = parse.GetValue(description)!,
                LinkReports = parse.GetValue(linkReports) ?? [],
            },
            global.Context(parse),
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(ArchiveSettings settings, CliContext cli, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(cli);
        if (settings.UsageError() is { } usage)
        {
            await cli.Error.WriteLineAsync("error: " + usage).ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }

        if (await Batch.Merge.ShardedOutput.WhyNotArchivableAsync(settings.Output, cancellationToken).ConfigureAwait(false) is { } notMerged)
        {
            await cli.Error.WriteLineAsync("error: " + notMerged).ConfigureAwait(false);
            return ExitCodes.SomeNotFine;
        }

        var info = new BagInfo(
            settings.Organization,
            settings.Description,
            DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime),
            PipelineVersion.Text);
        try
        {
            var result = await BagWriter.WriteAsync(settings.Output, settings.Bag, info, cancellationToken, settings.LinkReports).ConfigureAwait(false);
            foreach (var name in result.Excluded.Where(_ => cli.Verbosity != Verbosity.Quiet))
            {
                cli.Console.MarkupLineInterpolated($"[grey]left out: {name}[/]");
            }

            if (!cli.Quiet)
            {
                cli.Console.MarkupLineInterpolated(
                    $"Bag written to [bold]{result.BagFolder}[/]: {result.PayloadFiles} files, {result.PayloadBytes} bytes (Payload-Oxum {result.PayloadOxum}).");
            }

            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await cli.Error.WriteLineAsync($"error: could not write the bag: {e.Message}").ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }
    }
}
