using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Pipeline.Cli.CommandLine;
using Pipeline.Links;
using Pipeline.Links.Collect;
using Pipeline.Links.Fetch;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// <c>pipeline bench links</c>: checks many URLs over several loopback hosts with latency and transient
/// 503s, and sets the wall time beside the least time politeness allows.
/// </summary>
internal static class BenchLinksCommand
{
    public static Command Create(GlobalOptions global)
    {
        ArgumentNullException.ThrowIfNull(global);
        var urls = TypedOptions.Whole("--urls", "URLs to check.", minimum: 1, defaultValue: 1000);
        var hosts = TypedOptions.Whole("--hosts", "Loopback hosts 127.0.0.2 ... serving them (at most 250).", minimum: 1, defaultValue: 20);
        var latency = TypedOptions.Whole("--latency", "Server latency per request in milliseconds.", minimum: 0, defaultValue: 50);
        var faultRate = TypedOptions.Positive("--fault-rate", "Share of URLs whose first request gets a transient 503.", 0.05, "RATE", allowZero: true);
        var perHost = TypedOptions.Whole("--per-host", "Requests in flight per host.", minimum: 1, defaultValue: 2);
        var interval = TypedOptions.Whole("--interval", "Minimum milliseconds between requests to one host.", minimum: 0, defaultValue: 50);
        var concurrency = TypedOptions.Whole("--concurrency", "Requests in flight over all hosts.", minimum: 1, defaultValue: 64);
        var command = new Command("links", "Link checking over loopback hosts with latency and transient 503s.") { urls, hosts, latency, faultRate, perHost, interval, concurrency };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new BenchLinksSettings
            {
                Urls = parse.GetValue(urls) ?? 1000,
                Hosts = parse.GetValue(hosts) ?? 20,
                LatencyMs = parse.GetValue(latency) ?? 50,
                FaultRate = parse.GetValue(faultRate),
                PerHost = parse.GetValue(perHost) ?? 2,
                IntervalMs = parse.GetValue(interval) ?? 50,
                Concurrency = parse.GetValue(concurrency) ?? 64,
            },
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(BenchLinksSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.UsageError() is { } usage)
        {
            Console.Error.WriteLine("error: " + usage);
            return ExitCodes.CouldNotRun;
        }

        var outcome = await BenchLinksRun.RunAsync(settings, cancellationToken);
        BenchLinksRun.Print(AnsiConsole.Console, settings, outcome);
        return outcome.Passed ? 0 : 2;
    }
}

/// <summary>The benchmark itself, separate from the console.</summary>
internal static class BenchLinksRun
{
    public static async Task<BenchLinksOutcome> RunAsync(BenchLinksSettings settings, CancellationToken cancellationToken)
    {
        var random = new Random(20260226);
        var paths = Enumerable.Range(0, settings.Urls).Select(i => $"/doc/{i:D5}").ToArray();
        var hosts = Enumerable.Range(2, settings.Hosts).Select(i => $"127.0.0.{i}").ToArray();
        var urls = paths.Select((path, i) => (Host: hosts[i % hosts.Length], Path: path)).ToArray();
        var faulty = urls.Where(_ => random.NextDouble() < settings.FaultRate).Select(u => u.Host + u.Path).ToArray();

        await using var server = new BenchLinkServer(settings.Hosts, TimeSpan.FromMilliseconds(settings.LatencyMs), faulty);
        server.Start();
        var links = urls
            .Select(u => new CitedLink($"http://{u.Host}:{server.Port}{u.Path}", null, null, [new Citation("bench", u.Path)]))
            .ToArray();
        var options = new LinkCheckOptions
        {
            AllowPrivate = true,
            PerHostConcurrency = settings.PerHost,
            PerHostInterval = TimeSpan.FromMilliseconds(settings.IntervalMs),
            GlobalConcurrency = settings.Concurrency,
            RetryBaseDelay = TimeSpan.FromMilliseconds(100),
            AttemptTimeout = TimeSpan.FromSeconds(10),
            LookUpArchive = false,
            CircuitMinimumThroughput = 100,
        };

        var clock = Stopwatch.StartNew();
        await using var checker = new LinkChecker(options);
        var results = await checker.CheckAsync(links, cache: null, cancellationToken);
        clock.Stop();

        var latency = TimeSpan.FromMilliseconds(settings.LatencyMs);
        var interval = TimeSpan.FromMilliseconds(settings.IntervalMs);
        var perHostBound = server.PerHost.Values
            .Select(h => Max(interval * Math.Max(0, h.Requests - 1), latency * Math.Ceiling(h.Requests / (double)settings.PerHost)))
            .DefaultIfEmpty(TimeSpan.Zero)
            .Max();
        var globalBound = latency * Math.Ceiling(server.Requests / (double)settings.Concurrency);
        return new BenchLinksOutcome(
            Urls: links.Length,
            Hosts: settings.Hosts,
            Requests: server.Requests,
            TransientFailures: server.TransientFailuresServed,
            StatusCounts: results.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count()),
            Attempts: results.Sum(r => r.Attempts),
            WallTime: clock.Elapsed,
            PolitenessMinimum: Max(perHostBound, globalBound),
            MaxInFlightPerHost: server.PerHost.Values.Select(h => h.MaxInFlight).DefaultIfEmpty(0).Max(),
            PerHostLimit: settings.PerHost);
    }

    public static void Print(IAnsiConsole console, BenchLinksSettings settings, BenchLinksOutcome outcome)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Measure", "Value");
        void Row(string name, string value) => table.AddRow(new Text(name), new Text(value));
        Row("URLs / hosts", $"{outcome.Urls} / {outcome.Hosts}");
        Row("latency, per-host interval, per-host limit, global limit",
            $"{settings.LatencyMs} ms, {settings.IntervalMs} ms, {settings.PerHost}, {settings.Concurrency}");
        Row("requests served (transient 503s)", $"{outcome.Requests} ({outcome.TransientFailures})");
        Row("attempts reported", outcome.Attempts.ToString(CultureInfo.InvariantCulture));
        Row("statuses", string.Join(", ", outcome.StatusCounts.OrderBy(p => p.Key).Select(p => $"{p.Key.ToWord()} {p.Value}")));
        Row("broken", outcome.Broken.ToString(CultureInfo.InvariantCulture));
        Row("wall time", $"{outcome.WallTime.TotalSeconds:F2} s");
        Row("politeness-bound minimum", $"{outcome.PolitenessMinimum.TotalSeconds:F2} s");
        Row("wall / minimum", outcome.PolitenessMinimum > TimeSpan.Zero ? $"{outcome.WallTime / outcome.PolitenessMinimum:F2}" : "n/a (no latency, no interval)");
        Row("max in flight on one host (limit)", $"{outcome.MaxInFlightPerHost} ({outcome.PerHostLimit})");
        console.Write(table);
        console.MarkupLine(outcome.Passed ? "[green]pass[/]: no URL reported broken, no host over its limit" : "[red]fail[/]");
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

/// <summary>What the link benchmark measured.</summary>
internal sealed record BenchLinksOutcome(
    int Urls,
    int Hosts,
    int Requests,
    int TransientFailures,
    IReadOnlyDictionary<LinkStatus, int> StatusCounts,
    int Attempts,
    TimeSpan WallTime,
    TimeSpan PolitenessMinimum,
    int MaxInFlightPerHost,
    int PerHostLimit)
{
    public int Broken => StatusCounts.Where(p => !p.Key.IsFine()).Sum(p => p.Value);

    public bool Passed => Broken == 0 && MaxInFlightPerHost <= PerHostLimit;
}
