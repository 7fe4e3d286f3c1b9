using System.CommandLine;
using Pipeline.Cli.CommandLine;

namespace Pipeline.Cli.Commands.Links;

/// <summary><c>pipeline links</c>: checks the URLs cited in TEI documents for link rot.</summary>
internal static class LinksCommand
{
    public static Command Create(GlobalOptions global)
    {
        var paths = new Argument<string[]>("inputs") { Description = "TEI files, directories searched for *.xml, URLs (http:// or https://), or - for URLs on standard input.", Arity = ArgumentArity.OneOrMore };
        var exclude = new Option<string[]>("--exclude") { Description = "Do not check URLs matching this regular expression (repeatable).", HelpName = "REGEX" };
        var include = new Option<string[]>("--include") { Description = "Check URLs matching this regular expression even when excluded (repeatable).", HelpName = "REGEX" };
        var ignoreFile = new Option<string>("--ignore-file") { Description = "Exclude the patterns of this file, one per line (default: " + LinksRun.DefaultIgnoreFile + " in the current folder, when there is one).", HelpName = "FILE" };
        var accept = new Option<string[]>("--accept") { Description = "HTTP statuses that count as fine, e.g. 200..=299,403 (repeatable).", HelpName = "STATUSES" };
        var format = new Option<LinksFormat>("--format") { Description = "How the results are written: table, json or markdown.", HelpName = "table|json|markdown", DefaultValueFactory = _ => LinksFormat.Table };
        var output = new Option<string>("--output", "-o") { Description = "Write the results (in --format) to this file instead of standard output.", HelpName = "FILE" };
        var report = new Option<string>("--report") { Description = "Write the JSON report here.", HelpName = "FILE" };
        var html = new Option<string>("--html") { Description = "Write an HTML report here.", HelpName = "FILE" };
        var annotate = new Option<bool>("--annotate") { Description = "Write archived copies into the TEI beside the original links." };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Also fetch hosts on loopback, private or link-local addresses." };
        var cache = new Option<string>("--cache") { Description = "SQLite cache of results (default: ~/.cache/pipeline/links.sqlite).", HelpName = "FILE" };
        var noCache = new Option<bool>("--no-cache") { Description = "Neither read nor write the cache." };
        var maxAge = TypedOptions.Positive("--max-age", "Cached results older than this are fetched again.", 168, "HOURS", allowZero: true);
        var archiveUrl = new Option<string>("--archive-url")
        {
            Description = "Base URL of the Wayback availability API.",
            HelpName = "URL",
            DefaultValueFactory = _ => "https://archive.org",
        };
        var noArchive = new Option<bool>("--no-archive") { Description = "Do not look up archived copies." };
        var timeout = TypedOptions.Positive("--timeout", "Bound on the whole run.", 900, "SECONDS");
        var attemptTimeout = TypedOptions.Positive("--attempt-timeout", "Bound on one HTTP attempt.", 10, "SECONDS");
        var retries = TypedOptions.Whole("--retries", "Retries on transient failures.", minimum: 0, defaultValue: 3);
        var perHost = TypedOptions.Whole("--per-host", "Requests in flight per host.", minimum: 1, defaultValue: 2);
        var interval = TypedOptions.Whole("--interval", "Minimum milliseconds between requests to one host.", minimum: 0, defaultValue: 500);
        var concurrency = TypedOptions.Whole("--concurrency", "Requests in flight over all hosts.", minimum: 1, defaultValue: 16);

        var command = new Command("links", "Check the URLs cited in TEI documents for link rot.")
        {
            paths, exclude, include, ignoreFile, accept, format, output, report, html, annotate, allowPrivate, cache, noCache, maxAge, archiveUrl, noArchive, timeout, attemptTimeout, retries, perHost, interval, concurrency,
        };
        command.SetAction((parse, cancellationToken) => LinksRun.ExecuteAsync(
            new LinksSettings
            {
                Paths = parse.GetValue(paths) ?? [],
                Report = parse.GetValue(report),
                Html = parse.GetValue(html),
                Annotate = parse.GetValue(annotate),
                AllowPrivate = parse.GetValue(allowPrivate),
                Cache = parse.GetValue(cache),
                NoCache = parse.GetValue(noCache),
                MaxAgeHours = parse.GetValue(maxAge),
                ArchiveUrl = parse.GetValue(archiveUrl)!,
                NoArchive = parse.GetValue(noArchive),
                TimeoutSeconds = parse.GetValue(timeout),
                AttemptTimeoutSeconds = parse.GetValue(attemptTimeout),
                Retries = parse.GetValue(retries) ?? 3,
                PerHost = parse.GetValue(perHost) ?? 2,
                IntervalMs = parse.GetValue(interval) ?? 500,
                Concurrency = parse.GetValue(concurrency) ?? 16,
                Exclude = parse.GetValue(exclude) ?? [],
                Include = parse.GetValue(include) ?? [],
                IgnoreFile = parse.GetValue(ignoreFile),
                Accept = parse.GetValue(accept) ?? [],
                Format = parse.GetValue(format),
                Output = parse.GetValue(output),
            },
            global.Context(parse),
            resolver: null,
            cancellationToken));
        return command;
    }
}
