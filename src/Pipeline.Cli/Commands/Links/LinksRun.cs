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
        var collection = await LinkCollector.CollectAsync(settings.Paths, cancellationToken);
        foreach (var diagnostic in collection.Diagnostics)
        {
            console.MarkupLineInterpolated($"[yellow]{diagnostic.ToString()}[/]");
        }

        ImmutableArray<LinkResult> results;
        await using (var checker = new LinkChecker(ToOptions(settings), resolver: resolver))
        {
            await using var cache = settings.NoCache
                ? null
                : await LinkCache.OpenAsync(settings.Cache ?? DefaultCachePath(), TimeSpan.FromHours(settings.MaxAgeHours), TimeProvider.System, cancellationToken);
            results = await checker.CheckAsync(collection.Links, cache, cancellationToken);
        }

        var failed = collection.Diagnostics.Any(d => d.Severity == Severity.Error);
        if (settings.Report is { } reportPath)
        {
            await WriteFileAsync(reportPath, stream => JsonReportWriter.WriteAsync(stream, results, cancellationToken), cancellationToken);
        }

        if (settings.Html is { } htmlPath)
        {
            await WriteFileAsync(htmlPath, stream => HtmlReportWriter.WriteAsync(stream, results, cancellationToken), cancellationToken);
        }

        if (settings.Annotate)
        {
            failed |= !await AnnotateAsync(results, console, cancellationToken);
        }

        console.Write(LinksTable.Build(results));
        if (failed)
        {
            return Failed;
        }

        return results.All(r => r.Status.IsFine()) ? AllFine : SomeNotFine;
    }

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
