using Pipeline.Links;

namespace Pipeline.Tests.Links;

public sealed class LinkCheckTests
{
    [Fact]
    public async Task RunAsync_TeiDirectory_ChecksEveryCitedUrl()
    {
        await using var server = await LinkTestServer.StartAsync();
        using var dir = new TempDirectory();
        TeiSamples.Write(dir.Path, "essay.xml", TeiSamples.Essay(server.Url("/ok"), server.Url("/gone"), server.Url("/no-head")));
        var options = LinkTesting.Options(server);

        var report = await LinkCheck.RunAsync([dir.Path], options, Path.Combine(dir.Path, "cache.sqlite"), TimeSpan.FromHours(1), CancellationToken.None);

        Assert.False(report.HasErrors);
        Assert.False(report.AllFine);
        var byUrl = report.Results.ToDictionary(r => r.Url, r => r.Status);
        Assert.Equal(LinkStatus.Ok, byUrl[server.Url("/ok")]);
        Assert.Equal(LinkStatus.Broken, byUrl[server.Url("/gone")]);
        Assert.Equal(LinkStatus.Ok, byUrl[server.Url("/no-head")]);
        Assert.Equal(LinkStatus.UnsupportedScheme, byUrl["mailto:editor@example.org"]);
        Assert.True(server.MaxInFlightPerHost <= LinkTesting.PerHostLimit);
    }
}
