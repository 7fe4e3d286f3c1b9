using System.Diagnostics;
using System.Globalization;
using Pipeline.Links;
using Pipeline.Links.Collect;
using Pipeline.Links.Fetch;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// <c>pipeline bench links</c>: checks many URLs over several loopback hosts with latency and transient
/// 503s, and sets the wall time beside the least time politeness allows.
/// </summary>
internal sealed class BenchLinksCommand : AsyncCommand<BenchLinksSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BenchLinksSettings settings, CancellationToken cancellationToken)
    {
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
