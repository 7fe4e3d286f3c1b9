using System.Net;
using Pipeline.Links;
using Pipeline.Links.Safety;

namespace Pipeline.Tests.Links.Safety;

/// <summary>Without --allow-private nothing on loopback, private or link-local addresses is fetched, however the name resolves.</summary>
public sealed class SafetyTests : IAsyncLifetime
{
    private LinkTestServer _server = null!;

    public async Task InitializeAsync() => _server = await LinkTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://192.168.0.1/admin")]
    [InlineData("http://[::1]/")]
    [InlineData("http://[fe80::1]/")]
    public async Task CheckAsync_PrivateAddressLiteral_IsRefusedWithoutAnyRequest(string url)
    {
        var options = LinkTesting.Options(_server) with { AllowPrivate = false, LookUpArchive = false };
        await using var checker = new LinkChecker(options);

        var result = Assert.Single(await checker.CheckAsync([LinkTesting.Link(url)], null, CancellationToken.None));

        Assert.Equal(LinkStatus.Refused, result.Status);
        Assert.Equal(0, result.Attempts);
    }

    [Fact]
    public async Task CheckAsync_LoopbackServerWithoutAllowPrivate_IsRefusedAndNeverReached()
    {
        var options = LinkTesting.Options(_server) with { AllowPrivate = false, LookUpArchive = false };
        await using var checker = new LinkChecker(options);
        var links = new[] { LinkTesting.Link(_server.Url("/ok")), LinkTesting.Link($"http://localhost:{_server.Port}/ok") };

        var results = await checker.CheckAsync(links, null, CancellationToken.None);

        Assert.All(results, r => Assert.Equal(LinkStatus.Refused, r.Status));
        Assert.Empty(_server.Seen);
    }

    [Fact]
    public async Task CheckAsync_NameResolvingToLoopbackAtConnectTime_IsRefused()
    {
        var options = LinkTesting.Options(_server) with { AllowPrivate = false, LookUpArchive = false };
        await using var checker = new LinkChecker(options, resolver: new FixedResolver(IPAddress.Loopback));

        var result = Assert.Single(await checker.CheckAsync([LinkTesting.Link($"http://rebinding.example:{_server.Port}/ok")], null, CancellationToken.None));

        Assert.Equal(LinkStatus.Refused, result.Status);
        Assert.Contains("127.0.0.1", result.Detail, StringComparison.Ordinal);
        Assert.Empty(_server.Seen);
    }

    [Fact]
    public async Task CheckAsync_SameNameWithAllowPrivate_IsFetched()
    {
        await using var checker = new LinkChecker(LinkTesting.Options(_server), resolver: new FixedResolver(IPAddress.Loopback));

        var result = Assert.Single(await checker.CheckAsync([LinkTesting.Link($"http://rebinding.example:{_server.Port}/ok")], null, CancellationToken.None));

        Assert.Equal(LinkStatus.Ok, result.Status);
        Assert.All(_server.Seen, r => Assert.Equal($"rebinding.example:{_server.Port}", r.Host));
    }

    [Fact]
    public async Task CheckAsync_MailtoAndFtp_AreUnsupportedAndNotFetched()
    {
        await using var checker = new LinkChecker(LinkTesting.Options(_server));

        var results = await checker.CheckAsync([LinkTesting.Link("mailto:editor@example.org"), LinkTesting.Link("ftp://example.org/file")], null, CancellationToken.None);

        Assert.All(results, r => Assert.Equal(LinkStatus.UnsupportedScheme, r.Status));
        Assert.Empty(_server.Seen);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("10.0.0.8", false)]
    [InlineData("172.16.5.4", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.1.1", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("8.8.8.8", true)]
    [InlineData("151.101.1.164", true)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:8.8.8.8", true)]
    [InlineData("2606:4700::1111", true)]
    public void IsPublic_Address_MatchesTheRanges(string address, bool expected) =>
        Assert.Equal(expected, AddressPolicy.IsPublic(IPAddress.Parse(address)));

    private sealed class FixedResolver(IPAddress address) : IHostResolver
    {
        public ValueTask<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => ValueTask.FromResult(new[] { address });
    }
}
