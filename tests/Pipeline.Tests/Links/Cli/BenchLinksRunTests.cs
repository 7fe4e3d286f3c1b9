using Pipeline.Cli.Commands.Bench;
using Pipeline.Links;

namespace Pipeline.Tests.Links.Cli;

/// <summary>The link benchmark's machinery on a small scale: loopback hosts, latency, transient 503s.</summary>
public sealed class BenchLinksRunTests
{
    [Fact]
    public async Task RunAsync_SmallWebWithTransient503s_NothingBrokenNoHostOverItsLimit()
    {
        var settings = new BenchLinksSettings { Urls = 60, Hosts = 4, LatencyMs = 10, FaultRate = 0.2, PerHost = 2, IntervalMs = 5, Concurrency = 8 };

        var outcome = await BenchLinksRun.RunAsync(settings, CancellationToken.None);

        Assert.Equal(60, outcome.StatusCounts.GetValueOrDefault(LinkStatus.Ok));
        Assert.Equal(0, outcome.Broken);
        Assert.True(outcome.TransientFailures > 0);
        Assert.Equal((60 * 2) + outcome.TransientFailures, outcome.Requests);
        Assert.Equal(outcome.Requests, outcome.Attempts);
        Assert.InRange(outcome.MaxInFlightPerHost, 1, 2);
        Assert.True(outcome.WallTime >= outcome.PolitenessMinimum * 0.9, $"{outcome.WallTime} below the bound {outcome.PolitenessMinimum}");
    }
}
