using System.Text.Json;
using Pipeline.Cli.CommandLine;
using Pipeline.Cli.Commands.Links;

namespace Pipeline.Tests.Links.Cli;

/// <summary>lychee's controls on <c>pipeline links</c>: filters, accepted statuses, URLs given directly, formats, the summary.</summary>
public sealed class LinksControlsTests : IAsyncLifetime
{
    private LinkTestServer _server = null!;

    public async Task InitializeAsync() => _server = await LinkTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_UrlArgumentsExcludeAndInclude_ChecksOnlySelectedAndSaysHowMany()
    {
        var output = new StringWriter();
        var settings = Settings([_server.Url("/ok"), _server.Url("/missing"), _server.Url("/ok?keep")]);
        var run = new LinksSettingsBuilder(settings) { Exclude = ["/missing", @"\?keep"], Include = [@"\?keep"] }.Build();

        var exit = await LinksRun.ExecuteAsync(run, new CliContext(output, output, Verbosity.Normal), null, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Empty(_server.SeenFor("/missing"));
        Assert.Contains("2 links: 2 fine, 0 not fine; 1 excluded", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_AcceptedStatus_CountsAsFine()
    {
        var output = new StringWriter();
        var run = new LinksSettingsBuilder(Settings([_server.Url("/missing")])) { Accept = ["404"] }.Build();

        var exit = await LinksRun.ExecuteAsync(run, new CliContext(output, output, Verbosity.Normal), null, CancellationToken.None);

        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task ExecuteAsync_UrlsOnStandardInputAsJson_ReportParsesAndSummaryGoesToErrors()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var run = new LinksSettingsBuilder(Settings(["-"]))
        {
            Format = LinksFormat.Json,
            ReadStandardInput = _ => Task.FromResult("# links\n" + _server.Url("/ok") + "\n\n"),
        }.Build();

        var exit = await LinksRun.ExecuteAsync(run, new CliContext(output, error, Verbosity.Normal), null, CancellationToken.None);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var link = Assert.Single(json.RootElement.GetProperty("links").EnumerateArray());
        Assert.Equal("ok", link.GetProperty("status").GetString());
        Assert.Contains("1 links: 1 fine", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_FolderInput_CitedInIsRelativeToIt()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, "sub"));
        TeiSamples.Write(Path.Combine(dir.Path, "sub"), "essay.xml",
            $"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><note n="1"><ref target="{_server.Url("/ok")}">x</ref></note></p></body></text></TEI>""");
        var output = new StringWriter();
        var run = new LinksSettingsBuilder(Settings([dir.Path])) { Format = LinksFormat.Markdown }.Build();

        await LinksRun.ExecuteAsync(run, new CliContext(output, output, Verbosity.Normal), null, CancellationToken.None);

        Assert.Contains("| sub/essay.xml: ", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(dir.Path, output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--accept", "abc")]
    [InlineData("--exclude", "(")]
    public async Task Run_BadControlValue_Exits1(string option, string value)
    {
        var (exit, _, error) = await Pipeline.Tests.Cli.CommandLine.InProcessCli.RunAsync("links", "https://example.org/", option, value, "--no-cache");

        Assert.Equal(1, exit);
        Assert.Contains("error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void OfflineHint_EveryLookUpFailedToResolve_Given()
    {
        var results = new[] { new Pipeline.Links.Report.LinkResult { Url = "https://a.example/", Status = Pipeline.Links.LinkStatus.DnsFailure } };

        Assert.NotNull(LinksSummary.OfflineHint(results));
        Assert.Null(LinksSummary.OfflineHint([results[0] with { Status = Pipeline.Links.LinkStatus.Broken }]));
    }

    private LinksSettings Settings(string[] paths) => new()
    {
        Paths = paths,
        AllowPrivate = true,
        NoCache = true,
        NoArchive = true,
        ArchiveUrl = _server.BaseUri.AbsoluteUri,
        IntervalMs = 5,
        Retries = 1,
        AttemptTimeoutSeconds = 3,
        TimeoutSeconds = 60,
    };

    /// <summary>Copies test settings with the controls under test set.</summary>
    private sealed class LinksSettingsBuilder(LinksSettings basis)
    {
        public string[] Exclude { get; init; } = [];

        public string[] Include { get; init; } = [];

        public string[] Accept { get; init; } = [];

        public LinksFormat Format { get; init; } = LinksFormat.Table;

        public Func<CancellationToken, Task<string>>? ReadStandardInput { get; init; }

        public LinksSettings Build() => new()
        {
            Paths = basis.Paths,
            AllowPrivate = basis.AllowPrivate,
            NoCache = basis.NoCache,
            NoArchive = basis.NoArchive,
            ArchiveUrl = basis.ArchiveUrl,
            IntervalMs = basis.IntervalMs,
            Retries = basis.Retries,
            AttemptTimeoutSeconds = basis.AttemptTimeoutSeconds,
            TimeoutSeconds = basis.TimeoutSeconds,
            Exclude = Exclude,
            Include = Include,
            Accept = Accept,
            Format = Format,
            ReadStandardInput = ReadStandardInput,
        };
    }
}
