using System.Collections.Immutable;
using Pipeline.Cli.CommandLine;
using Pipeline.Diagnostics;
using Pipeline.Links;
using Pipeline.Links.Archive;
using Pipeline.Links.Cache;
using Pipeline.Links.Collect;
using Pipeline.Links.Fetch;
using Pipeline.Links.Report;
using Pipeline.Links.Safety;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Links;

/// <summary>The work of <c>pipeline links</c>, apart from the command class so tests can run it with their own console and resolver.</summary>
internal static class LinksRun
{
    public const int AllFine = ExitCodes.Ok;
    public const int Failed = ExitCodes.CouldNotRun;
    public const int SomeNotFine = ExitCodes.SomeNotFine;

    public static async Task<int> ExecuteAsync(LinksSettings settings, CliContext cli, IHostResolver? resolver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(cli);
        if (settings.UsageError() is { } usage)
        {
            await cli.Error.WriteLineAsync("error: " + usage).ConfigureAwait(false);
            return Failed;
        }

        var console = cli.Console;
        var accept = AcceptedStatuses.Parse(settings.Accept, out var acceptError);
        var excludes = settings.Exclude.ToList();
        if (settings.IgnoreFile is { } ignoreFile)
        {
            if (!File.Exists(ignoreFile))
            {
                await cli.Error.WriteLineAsync($"error: the ignore file {ignoreFile} does not exist.").ConfigureAwait(false);
                return Failed;
            }

            excludes.AddRange(await LinkSelection.ReadIgnoreFileAsync(ignoreFile, cancellationToken).ConfigureAwait(false));
        }
        else if (File.Exists(DefaultIgnoreFile))
        {
            excludes.AddRange(await LinkSelection.ReadIgnoreFileAsync(DefaultIgnoreFile, cancellationToken).ConfigureAwait(false));
        }

        var selection = LinkSelection.Create(settings.Include, excludes, out var patternError);
        if (accept is null || selection is null)
        {
            await cli.Error.WriteLineAsync("error: " + (acceptError ?? patternError)).ConfigureAwait(false);
            return Failed;
        }

        var inputs = await LinkInputs.ReadAsync(settings.Paths, settings.ReadStandardInput ?? ReadStandardInputAsync, cancellationToken).ConfigureAwait(false);
        var collection = inputs.Paths.Length > 0
            ? await LinkCollector.CollectAsync(inputs.Paths, cancellationToken)
            : new LinkCollection([], []);
        foreach (var diagnostic in collection.Diagnostics)
        {
            console.MarkupLineInterpolated($"[yellow]{diagnostic.ToString()}[/]");
        }

        var (toCheck, excluded) = selection.Apply(collection.Links.Concat(inputs.Urls));
        ImmutableArray<LinkResult> results;
        await using (var checker = new LinkChecker(ToOptions(settings), resolver: resolver))
        {
            await using var cache = settings.NoCache
                ? null
                : await LinkCache.OpenAsync(settings.Cache ?? DefaultCachePath(), TimeSpan.FromHours(settings.MaxAgeHours), TimeProvider.System, cancellationToken);
            results = await checker.CheckAsync(toCheck, cache, cancellationToken);
        }

        results = [.. results.Select(accept.Apply)];
        var failed = collection.Diagnostics.Any(d => d.Severity == Severity.Error);
        if (settings.Annotate)
        {
            failed |= !await AnnotateAsync(results, console, cancellationToken);
        }

        // Annotation needs the documents' real paths; everything written from here names them relative to the input.
        var reported = results.Select(r => CitedInPaths.Relative(r, inputs.Paths)).ToImmutableArray();
        if (settings.Report is { } reportPath)
        {
            await WriteFileAsync(reportPath, stream => JsonReportWriter.WriteAsync(stream, reported, cancellationToken), cancellationToken);
        }

        if (settings.Html is { } htmlPath)
        {
            await WriteFileAsync(htmlPath, stream => HtmlReportWriter.WriteAsync(stream, reported, cancellationToken), cancellationToken);
        }

        var toStandardOutput = settings.Output is null || StandardStreams.IsDash(settings.Output);
        switch (settings.Format)
        {
            case LinksFormat.Json:
                var json = new MemoryStream();
                await JsonReportWriter.WriteAsync(json, reported, cancellationToken);
                await StandardStreams.WriteTextAsync(settings.Output, cli.Out, System.Text.Encoding.UTF8.GetString(json.ToArray()) + "\n", cancellationToken);
                break;
            case LinksFormat.Markdown:
                await StandardStreams.WriteTextAsync(settings.Output, cli.Out, MarkdownReport.Write(reported), cancellationToken);
                break;
            default:
                if (toStandardOutput)
                {
                    if (!cli.Quiet)
                    {
                        console.Write(LinksTable.Build(reported));
                    }
                }
                else
                {
                    await StandardStreams.WriteTextAsync(settings.Output, cli.Out, LinksTable.Plain(reported), cancellationToken);
                }

                break;
        }

        // The summary goes to the error stream when the report itself is on standard output, so the report stays parseable.
        var summary = toStandardOutput && settings.Format != LinksFormat.Table ? cli.Error : cli.Out;
        await summary.WriteLineAsync(LinksSummary.Line(reported, excluded)).ConfigureAwait(false);
        if (LinksSummary.OfflineHint(reported) is { } hint)
        {
            await cli.Error.WriteLineAsync(hint).ConfigureAwait(false);
        }

        if (failed)
        {
            return Failed;
        }

        return results.All(r => r.Status.IsFine()) ? AllFine : SomeNotFine;
    }

    /// <summary>The ignore file read when --ignore-file is not given, from the current folder, as lychee reads .lycheeignore.</summary>
    public const string DefaultIgnoreFile = ".linksignore";

    private static async Task<string> ReadStandardInputAsync(CancellationToken cancellationToken) =>
        System.Text.Encoding.UTF8.GetString(await StandardStreams.ReadInputAsync(cancellationToken).ConfigureAwait(false));

    internal static LinkCheckOptions ToOptions(LinksSettings settings) => new()
    {
        AllowPrivate = settings.AllowPrivate,
        PerHostConcurrency = settings.PerHost,
        PerHostInterval = TimeSpan.FromMilliseconds(settings.IntervalMs),
        GlobalConcurrency = settings.Concurrency,
        AttemptTimeout = TimeSpan.FromSeconds(settings.AttemptTimeoutSeconds),
        MaxRetries = settings.Retries,
        RunTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
        LookUpArchive = !settings.NoArchive,
        ArchiveBaseUrl = new Uri(settings.ArchiveUrl),
    };

    private static async Task<bool> AnnotateAsync(ImmutableArray<LinkResult> results, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var snapshots = results
            .Where(r => r.ArchivedUrl is not null)
            .ToDictionary(r => r.Url, r => new ArchiveSnapshot(r.ArchivedUrl!, r.ArchivedAt), StringComparer.Ordinal);
        var ok = true;
        foreach (var document in results.SelectMany(r => r.CitedIn).Select(c => c.Document).Distinct().Order(StringComparer.Ordinal))
        {
            try
            {
                var added = await TeiAnnotator.AnnotateAsync(document, snapshots, cancellationToken);
                console.MarkupLineInterpolated($"{document}: {added} archive pointer(s)");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Xml.XmlException)
            {
                console.MarkupLineInterpolated($"[red]{document}: error links.annotate: {ex.Message}[/]");
                ok = false;
            }
        }

        return ok;
    }

    private static async Task WriteFileAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await write(stream);
        await stream.FlushAsync(cancellationToken);
    }

    private static string DefaultCachePath()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "pipeline", "links.sqlite");
    }
}
