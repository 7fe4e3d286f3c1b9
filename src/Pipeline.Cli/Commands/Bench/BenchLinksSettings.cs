
namespace Pipeline.Cli.Commands.Bench;

/// <summary>What <c>pipeline bench links</c> was asked to do.</summary>
internal sealed class BenchLinksSettings
{
    public int Urls { get; init; } = 1000;

    public int Hosts { get; init; } = 20;

    public int LatencyMs { get; init; } = 50;

    public double FaultRate { get; init; } = 0.05;

    public int PerHost { get; init; } = 2;

    public int IntervalMs { get; init; } = 50;

    public int Concurrency { get; init; } = 64;

    /// <summary>The usage error, or null.</summary>
    public string? UsageError() =>
        Urls < 1 || Hosts is < 1 or > 250 || LatencyMs < 0 || FaultRate is < 0 or > 1 || PerHost < 1 || IntervalMs < 0 || Concurrency < 1
            ? "out-of-range benchmark parameter."
            : null;
}
