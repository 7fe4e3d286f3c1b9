using Pipeline.Links;
using Pipeline.Links.Fetch;
using Pipeline.Tests.BadInput;
using Polly;
using Polly.Simmy;
using Polly.Simmy.Fault;
using Polly.Simmy.Latency;
using Polly.Simmy.Outcomes;

namespace Pipeline.Tests.Links.Fetch;

/// <summary>Faults injected into the host pipelines with Polly's chaos strategies, in front of a real server.</summary>
[Collection(AloneCollection.Name)]
public sealed class ChaosTests : IAsyncLifetime
{
    private LinkTestServer _server = null!;

    public async Task InitializeAsync() => _server = await LinkTestServer.StartAsync();

    public async Task DisposeAsync()
    {
        Assert.True(_server.MaxInFlightPerHost <= LinkTesting.PerHostLimit);
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task CheckAsync_TwoInjected503s_RetriesThroughToOk()
    {
        var injected = 0;
        var options = LinkTesting.Options(_server) with
        {
            ConfigureAttempt = (_, builder) => builder.AddChaosOutcome(new ChaosOutcomeStrategyOptions<HttpProbe>
            {
                InjectionRate = 1,
                EnabledGenerator = _ => ValueTask.FromResult(Interlocked.Increment(ref injected) <= 2),
                OutcomeGenerator = _ => ValueTask.FromResult<Outcome<HttpProbe>?>(Outcome.FromResult(new HttpProbe(503, null, null, null, null, false))),
            }),
        };

        var result = await LinkTesting.CheckAsync(_server, "/paper.pdf", options);

        Assert.Equal(LinkStatus.Ok, result.Status);
        Assert.Equal(3, result.Attempts);
        Assert.Single(_server.Seen);
    }

    [Fact]
    public async Task CheckAsync_InjectedConnectionFaultEveryTime_IsConnectionFailedAfterAllAttempts()
    {
        var options = LinkTesting.Options(_server) with
        {
            LookUpArchive = false,
            ConfigureAttempt = (_, builder) => builder.AddChaosFault(new ChaosFaultStrategyOptions
            {
                InjectionRate = 1,
                FaultGenerator = _ => ValueTask.FromResult<Exception?>(new HttpRequestException(HttpRequestError.ConnectionError, "injected connection failure")),
            }),
        };

        var result = await LinkTesting.CheckAsync(_server, "/ok", options);

        Assert.Equal(LinkStatus.ConnectionFailed, result.Status);
        Assert.Equal(3, result.Attempts);
        Assert.Empty(_server.Seen);
    }

    [Fact]
    public async Task CheckAsync_InjectedLatencyBeyondAttemptTimeout_IsTimeout()
    {
        var options = LinkTesting.Options(_server) with
        {
            LookUpArchive = false,
            AttemptTimeout = TimeSpan.FromMilliseconds(200),
            ConfigureAttempt = (_, builder) => builder.AddChaosLatency(new ChaosLatencyStrategyOptions
            {
                InjectionRate = 1,
                Latency = TimeSpan.FromSeconds(5),
            }),
        };

        var result = await LinkTesting.CheckAsync(_server, "/ok", options);

        Assert.Equal(LinkStatus.Timeout, result.Status);
        Assert.Equal(3, result.Attempts);
        Assert.Empty(_server.Seen);
    }

    [Fact]
    public async Task CheckAsync_HostKeepsResetting_CircuitOpensAndLaterUrlsAreNotSent()
    {
        var options = LinkTesting.Options(_server) with
        {
            LookUpArchive = false,
            CircuitMinimumThroughput = 3,
            CircuitFailureRatio = 0.5,
            CircuitBreakDuration = TimeSpan.FromSeconds(30),
        };
        await using var checker = new LinkChecker(options);

        var first = Assert.Single(await checker.CheckAsync([LinkTesting.Link(_server.Url("/reset"))], null, CancellationToken.None));
        var second = Assert.Single(await checker.CheckAsync([LinkTesting.Link(_server.Url("/ok"))], null, CancellationToken.None));

        Assert.Equal(LinkStatus.ConnectionFailed, first.Status);
        Assert.Equal(LinkStatus.ConnectionFailed, second.Status);
        Assert.Contains("circuit is open", second.Detail, StringComparison.Ordinal);
        Assert.Empty(_server.SeenFor("/ok"));
    }
}
