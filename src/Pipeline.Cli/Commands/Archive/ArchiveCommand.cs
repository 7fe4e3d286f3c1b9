using System.CommandLine;
using Pipeline.Archive.BagIt;
using Pipeline.Cli.CommandLine;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Archive;

/// <summary>
/// <c>pipeline archive output/ --bag dir</c>: packages a conversion's output as a BagIt 1.0 bag, with
/// the run report kept beside the payload as a tag file. A batch with failed documents is refused
/// unless <c>--allow-failed</c>; an output with nothing to archive is an error.
/// </summary>
internal static class ArchiveCommand
{
    /// <summary>Shorter names users of earlier versions already typed, by reserved label.</summary>
    private static readonly Dictionary<string, string> LegacyAliases = new(StringComparer.Ordinal)
    {
        [BagInfoFields.SourceOrganization] = "--organization",
        [BagInfoFields.ExternalDescription] = "--description",
    };

    public static Command Create(GlobalOptions global)
    {
        var output = new Argument<string>("output") { Description = "The conversion's output folder (TEI files, their images, the link report)." };
        var bag = new Option<string>("--bag", "-o", "--output") { Description = "Where to write the bag; must not exist or be empty.", HelpName = "DIR", Required = true };
        var reserved = BagInfoFields.UserReserved.ToDictionary(label => label, ReservedOption, StringComparer.Ordinal);
        var info = new Option<string[]>("--info")
        {
            Description = "Any bag-info.txt field (repeatable), e.g. --info Contact-Name=\"Ada Lovelace\" --info Journal=Example; written after the reserved fields, in the order given.",
            HelpName = "KEY=VALUE",
        };
        var checksum = new Option<string[]>("--checksum")
        {
            Description = "Manifest algorithms, comma-separated or repeated: " + string.Join(", ", BagChecksum.Supported) + " (default sha256); one payload and one tag manifest each.",
            HelpName = "ALG[,ALG]",
        };
        var linkReports = new Option<string[]>("--link-report")
        {
            Description = "A link report written outside the output folder, archived at the top of data/ (repeatable). One inside it (links.json, link-report.html …) is found by itself.",
            HelpName = "FILE",
        };
        var runReport = new Option<string>("--run-report")
        {
            Description = "The run report kept in the bag as provenance (default: run-report.json in the output folder).",
            HelpName = "FILE",
        };
        var allowFailed = new Option<bool>("--allow-failed") { Description = "Bag the output even though the run report names failed documents." };
        var command = new Command("archive", "Package an output folder as a BagIt 1.0 bag.") { output, bag, info, checksum, linkReports, runReport, allowFailed };
        foreach (var option in reserved.Values)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => RunAsync(
            new ArchiveSettings
            {
                Output = parse.GetValue(output)!,
                Bag = parse.GetValue(bag)!,
                Reserved = reserved
                    .Select(r => (r.Key, Value: parse.GetValue(r.Value)))
                    .Where(r => r.Value is not null)
                    .ToDictionary(r => r.Key, r => r.Value!, StringComparer.Ordinal),
                Info = parse.GetValue(info) ?? [],
                Checksums = parse.GetValue(checksum) ?? [],
                LinkReports = parse.GetValue(linkReports) ?? [],
                RunReport = parse.GetValue(runReport),
                AllowFailed = parse.GetValue(allowFailed),
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

        if (!Directory.Exists(settings.Output))
        {
            await cli.Error.WriteLineAsync($"error: output folder '{settings.Output}' does not exist.").ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }

        if (await Batch.Merge.ShardedOutput.WhyNotArchivableAsync(settings.Output, cancellationToken).ConfigureAwait(false) is { } notMerged)
        {
            await cli.Error.WriteLineAsync("error: " + notMerged).ConfigureAwait(false);
            return ExitCodes.SomeNotFine;
        }

        var provenance = await ArchiveProvenance.CheckAsync(settings, cli, cancellationToken).ConfigureAwait(false);
        if (provenance.ExitCode is { } refused)
        {
            return refused;
        }

        var info = settings.BagInfo(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
        var options = new BagWriteOptions
        {
            Algorithms = settings.Algorithms(),
            ExtraPayload = settings.LinkReports,
            TagFiles = provenance.TagFiles,
        };
        try
        {
            var result = await BagWriter.WriteAsync(settings.Output, settings.Bag, info, options, cancellationToken).ConfigureAwait(false);
            foreach (var name in result.Excluded.Where(_ => cli.Verbosity != Verbosity.Quiet))
            {
                cli.Console.MarkupLineInterpolated($"[grey]left out: {name}[/]");
            }

            if (!cli.Quiet)
            {
                cli.Console.MarkupLineInterpolated(
                    $"Bag written to [bold]{result.BagFolder}[/]: {result.PayloadFiles} files, {result.PayloadBytes} bytes (Payload-Oxum {result.PayloadOxum}), manifests {string.Join(", ", options.Algorithms)}.");
            }

            return ExitCodes.Ok;
        }
        catch (BagEmptyPayloadException e)
        {
            await cli.Error.WriteLineAsync($"error: nothing to bag: {e.Message} Convert documents into it first.").ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await cli.Error.WriteLineAsync($"error: could not write the bag: {e.Message}").ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }
    }

    private static Option<string> ReservedOption(string label)
    {
        var name = "--" + label.ToLowerInvariant();
        var option = LegacyAliases.TryGetValue(label, out var alias) ? new Option<string>(name, alias) : new Option<string>(name);
        option.Description = label switch
        {
            BagInfoFields.SourceOrganization => $"{label} in bag-info.txt (default: {ArchiveSettings.DefaultOrganization}).",
            BagInfoFields.ExternalDescription => $"{label} in bag-info.txt (default: a sentence on TEI encodings of essays).",
            BagInfoFields.BagCount => $"{label} in bag-info.txt: this bag's place in a group, 'N of T' (T may be '?').",
            _ => $"{label} in bag-info.txt (RFC 8493).",
        };
        option.HelpName = label == BagInfoFields.BagCount ? "N of T" : "TEXT";
        return option;
    }
}
