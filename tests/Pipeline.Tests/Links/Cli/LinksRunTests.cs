using System.Text.Json;
using Pipeline.Cli.CommandLine;
using Pipeline.Cli.Commands.Links;

namespace Pipeline.Tests.Links.Cli;

/// <summary><c>pipeline links</c> end to end: TEI in, reports and annotated TEI out, exit code.</summary>
public sealed class LinksRunTests : IAsyncLifetime
{
    private LinkTestServer _server = null!;

    public async Task InitializeAsync() => _server = await LinkTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_SomeLinksBroken_WritesReportsAnnotatesAndExits2()
    {
        using var dir = new TempDirectory();
        var file = TeiSamples.Write(dir.Path, "essay.xml", TeiSamples.Essay(_server.Url("/ok"), _server.Url("/missing"), _server.Url("/chain/start")));
        var report = Path.Combine(dir.Path, "out", "links.json");
        var html = Path.Combine(dir.Path, "out", "links.html");
        var (console, output) = Console();

        var exit = await LinksRun.ExecuteAsync(Settings([file], report, html, annotate: true), console, null, CancellationToken.None);

        Assert.Equal(LinksRun.SomeNotFine, exit);
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(report));
        var links = json.RootElement.GetProperty("links").EnumerateArray().ToDictionary(l => l.GetProperty("url").GetString()!, l => l);
        Assert.Equal("ok", links[_server.Url("/ok")].GetProperty("status").GetString());
        Assert.Equal("redirected", links[_server.Url("/chain/start")].GetProperty("status").GetString());
        Assert.Equal("broken", links[_server.Url("/missing")].GetProperty("status").GetString());
        Assert.Contains("/web/20200211", links[_server.Url("/missing")].GetProperty("archivedUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal("unsupported-scheme", links["mailto:editor@example.org"].GetProperty("status").GetString());
        Assert.Contains("<table>", await File.ReadAllTextAsync(html), StringComparison.Ordinal);
        Assert.Contains("<ptr type=\"archive\" target=\"" + _server.BaseUri.AbsoluteUri + "web/20200211", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        Assert.Contains("broken", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_AllLinksFine_Exits0()
    {
        using var dir = new TempDirectory();
        var tei = $"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><note n="1"><ref target="{_server.Url("/ok")}">x</ref></note></p></body></text></TEI>""";
        var file = TeiSamples.Write(dir.Path, "fine.xml", tei);
        var (console, _) = Console();

        var exit = await LinksRun.ExecuteAsync(Settings([dir.Path]), console, null, CancellationToken.None);

        Assert.Equal(LinksRun.AllFine, exit);
        Assert.Equal(tei, await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task ExecuteAsync_MissingInput_Exits1()
    {
        var (console, output) = Console();

        var exit = await LinksRun.ExecuteAsync(Settings(["/nonexistent/essay.xml"]), console, null, CancellationToken.None);

        Assert.Equal(LinksRun.Failed, exit);
        Assert.Contains("links.missing", output.ToString(), StringComparison.Ordinal);
    }

    private LinksSettings Settings(string[] paths, string? report = null, string? html = null, bool annotate = false) => new()
    {
        Paths = paths,
        Report = report,
        Html = html,
        Annotate = annotate,
        AllowPrivate = true,
        NoCache = true,
        ArchiveUrl = _server.BaseUri.AbsoluteUri,
        IntervalMs = 5,
        Retries = 2,
        AttemptTimeoutSeconds = 3,
        TimeoutSeconds = 60,
    };

    private static (CliContext Console, StringWriter Output) Console()
    {
        var output = new StringWriter();
        return (new CliContext(output, output, Verbosity.Normal), output);
    }
}
