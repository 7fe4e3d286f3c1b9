using Pipeline.Links.Classify;

namespace Pipeline.Tests.Links.Classify;

public sealed class PageReaderTests
{
    private static readonly Uri Article = new("https://www.example.org/1961/11/11/archives/stalingrad.html");

    [Theory]
    [InlineData("<title>Page Not Found | The Example</title>")]
    [InlineData("<title>Example</title></head><body><h1>Sorry, this page doesn't exist</h1>")]
    [InlineData("<title>Error 404</title>")]
    [InlineData("<title>The page you requested could not be found</title>")]
    public void Read_NotFoundWording_SaysNotFound(string head)
    {
        var signals = PageReader.Read($"<!DOCTYPE html><html><head>{head}</body></html>", Article, Article);

        Assert.True(signals.SaysNotFound);
        Assert.True(signals.Suspicious);
    }

    [Fact]
    public void Read_CanonicalAtSiteRoot_IsSuspicious()
    {
        var html = """<html><head><title>Welcome</title><link rel="canonical" href="https://www.example.org/"></head><body></body></html>""";

        var signals = PageReader.Read(html, Article, Article);

        Assert.True(signals.CanonicalAtRoot);
        Assert.False(signals.SaysNotFound);
    }

    [Fact]
    public void Read_RedirectedToHomePage_IsSuspicious()
    {
        var signals = PageReader.Read("<title>Home</title>", Article, new Uri("https://example.org/"));

        Assert.True(signals.RedirectedHome);
    }

    [Fact]
    public void Read_OrdinaryArticle_IsNotSuspicious()
    {
        var html = """<html><head><title>Stalingrad Name Changed</title><link rel="canonical" href="/1961/11/11/archives/stalingrad.html"></head><body><h1>Stalingrad Name Changed</h1></body></html>""";

        var signals = PageReader.Read(html, Article, Article);

        Assert.False(signals.Suspicious);
        Assert.Equal("Stalingrad Name Changed", signals.Title);
    }
}
