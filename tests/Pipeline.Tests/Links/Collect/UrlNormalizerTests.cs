using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pipeline.Links;
using Pipeline.Links.Collect;

namespace Pipeline.Tests.Links.Collect;

public sealed class UrlNormalizerTests
{
    [Theory]
    [InlineData("HTTP://Example.ORG:80/a/b?x=1#frag", "http://example.org/a/b?x=1")]
    [InlineData("https://example.org:443", "https://example.org/")]
    [InlineData("https://example.org:8443/x", "https://example.org:8443/x")]
    [InlineData("  https://example.org/path  ", "https://example.org/path")]
    public void Normalize_Variants_GiveTheKey(string raw, string expected)
    {
        var url = UrlNormalizer.Normalize(raw);

        Assert.Null(url.Problem);
        Assert.Equal(expected, url.Key);
    }

    [Theory]
    [InlineData("https://www.theatlantic.com/magazine/archive/2000/03/the-future-did-not-work/378081/.", "https://www.theatlantic.com/magazine/archive/2000/03/the-future-did-not-work/378081/")]
    [InlineData("https://en.wikipedia.org/wiki/Cult_(religion)).", "https://en.wikipedia.org/wiki/Cult_(religion)")]
    [InlineData("https://example.org/a;", "https://example.org/a")]
    [InlineData("https://example.org/a”", "https://example.org/a")]
    public void NormalizeFromText_TrailingPunctuation_IsNotPartOfTheUrl(string raw, string expected) =>
        Assert.Equal(expected, UrlNormalizer.NormalizeFromText(raw).Key);

    [Theory]
    [InlineData("mailto:someone@example.org", LinkStatus.UnsupportedScheme)]
    [InlineData("javascript:alert(1)", LinkStatus.UnsupportedScheme)]
    [InlineData("http:///nohost", LinkStatus.InvalidUrl)]
    [InlineData("not a url", LinkStatus.InvalidUrl)]
    public void Normalize_Unfetchable_SaysWhy(string raw, LinkStatus expected) =>
        Assert.Equal(expected, UrlNormalizer.Normalize(raw).Problem);

    [Property]
    public Property Normalize_AppliedTwice_ChangesNothing()
    {
        var segment = Gen.Elements("a", "B", "%20", "x.y", "1956", "~user", "é").ListOf().Select(parts => string.Join("/", parts));
        var urls = from scheme in Gen.Elements("http", "HTTPS", "Http")
                   from host in Gen.Elements("Example.org", "www.NYTimes.com", "archive.org")
                   from port in Gen.Elements(string.Empty, ":80", ":443", ":8080")
                   from path in segment
                   from fragment in Gen.Elements(string.Empty, "#x", "#")
                   select $"{scheme}://{host}{port}/{path}{fragment}";
        return Prop.ForAll(urls.ToArbitrary(), raw =>
        {
            var once = UrlNormalizer.Normalize(raw);
            var twice = UrlNormalizer.Normalize(once.Key);
            return once.Problem is null && twice.Key == once.Key && !once.Key.Contains('#', StringComparison.Ordinal);
        });
    }
}
