using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>Arguments of <c>pipeline bench links</c>.</summary>
internal sealed class BenchLinksSettings : CommandSettings
{
    [CommandOption("--urls <N>")]
    [Description("URLs to check (default 1000)")]
    public int Urls { get; init; } = 1000;

    [CommandOption("--hosts <N>")]
    [Description("Loopback hosts 127.0.0.2 ... serving them (default 20)")]
    public int Hosts { get; init; } = 20;

    [CommandOption("--latency <MS>")]
    [Description("Server latency per request (default 50)")]
    public int LatencyMs { get; init; } = 50;

    [CommandOption("--fault-rate <RATE>")]
    [Description("Share of URLs whose first request gets a transient 503 (default 0.05)")]
    public double FaultRate { get; init; } = 0.05;

    [CommandOption("--per-host <N>")]
    [Description("Requests in flight per host (default 2)")]
    public int PerHost { get; init; } = 2;

    [CommandOption("--interval <MS>")]
    [Description("Minimum milliseconds between requests to one host (default 50)")]
    public int IntervalMs { get; init; } = 50;

    [CommandOption("--concurrency <N>")]
    [Description("Requests in flight over all hosts (default 64)")]
    public int Concurrency { get; init; } = 64;

    public override ValidationResult Validate() =>
        Urls < 1 || Hosts is < 1 or > 250 || LatencyMs < 0 || FaultRate is < 0 or > 1 || PerHost < 1 || IntervalMs < 0 || Concurrency < 1
            ? ValidationResult.Error("out-of-range benchmark parameter")
            : ValidationResult.Success();
}
