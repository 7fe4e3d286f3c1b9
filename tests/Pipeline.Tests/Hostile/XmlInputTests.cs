using System.Text;
using System.Xml;
using Pipeline.Conversion;
using Pipeline.Links.Archive;
using Pipeline.Links.Collect;
using Pipeline.Tests.Batch;
using Pipeline.Tests.Links;
using Pipeline.Validation;

namespace Pipeline.Tests.Hostile;

/// <summary>
/// TEI read by <c>links</c> and <c>validate</c> comes from outside: depth, attribute length, size and the
/// number of errors are bounded, folders are walked without following links, pipes are refused, and
/// <c>--annotate</c> writes only valid TEI with http(s) targets.
/// </summary>
public sealed class XmlInputTests
{
    private const string Tei = "http://www.tei-c.org/ns/1.0";
    private const string Atlantic = "https://www.theatlantic.com/magazine/archive/2000/03/the-future-did-not-work/378081/";
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task CollectAsync_HundredThousandNestedElements_StopsAtTheDepthLimitPromptly()
    {
        using var dir = new TempDirectory();
        const int Levels = 100_000;
        var file = TeiSamples.Write(dir.Path, "deep.xml",
            $"<TEI xmlns=\"{Tei}\"><text><body><note>" + Repeat("<hi>", Levels) + "see https://example.org/x " + Repeat("</hi>", Levels) + "</note></body></text></TEI>");

        var collection = await LinkCollector.CollectAsync([file], CancellationToken.None).WaitAsync(Bounded);

        var error = Assert.Single(collection.Diagnostics);
        Assert.Equal("links.limit", error.Code);
        Assert.Contains("deeper than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectAsync_ThirtyMegabyteAttribute_RefusedWithAMessage()
    {
        using var dir = new TempDirectory();
        var file = TeiSamples.Write(dir.Path, "wide.xml",
            $"<TEI xmlns=\"{Tei}\"><text><body><p><ptr target=\"https://example.org/{new string('a', 30_000_000)}\"/></p></body></text></TEI>");

        var collection = await LinkCollector.CollectAsync([file], CancellationToken.None).WaitAsync(Bounded);

        Assert.Empty(collection.Links);
        Assert.Contains("attribute 'target'", Assert.Single(collection.Diagnostics, d => d.Code == "links.limit").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectAsync_LinkedFolderInside_NotFollowedAndReported()
    {
        using var dir = new TempDirectory();
        var root = Path.Combine(dir.Path, "output");
        var outside = Path.Combine(dir.Path, "outside");
        Directory.CreateDirectory(root);
        Directory.CreateDirectory(outside);
        TeiSamples.Write(root, "inside.xml", $"<TEI xmlns=\"{Tei}\"><text><body><p><ptr target=\"https://inside.example.org/\"/></p></body></text></TEI>");
        TeiSamples.Write(outside, "other.xml", $"<TEI xmlns=\"{Tei}\"><text><body><p><ptr target=\"https://outside.example.org/\"/></p></body></text></TEI>");
        Directory.CreateSymbolicLink(Path.Combine(root, "linked"), outside);
        File.CreateSymbolicLink(Path.Combine(root, "alias.xml"), Path.Combine(outside, "other.xml"));

        var collection = await LinkCollector.CollectAsync([root], CancellationToken.None);

        Assert.Equal(["https://inside.example.org/"], collection.Links.Select(l => l.Url));
        Assert.Equal(2, collection.Diagnostics.Count(d => d.Code == "links.symlink"));
    }

    [SkippableFact]
    public async Task CollectAsync_PipeNamedXml_ReportedNotWaitedOn()
    {
        Skip.IfNot(SpecialFiles.CanMakeFifo, "named pipes need mkfifo");
        using var dir = new TempDirectory();
        SpecialFiles.MakeFifo(Path.Combine(dir.Path, "pipe.xml"));
        TeiSamples.Write(dir.Path, "real.xml", $"<TEI xmlns=\"{Tei}\"><text><body><p><ptr target=\"https://inside.example.org/\"/></p></body></text></TEI>");

        var collection = await LinkCollector.CollectAsync([dir.Path], CancellationToken.None).WaitAsync(Bounded);

        Assert.Single(collection.Links);
        Assert.Contains("named pipe", Assert.Single(collection.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MillionNestedElements_StopsAtTheDepthLimitWithFewErrors()
    {
        const int Levels = 1_000_000;
        var xml = Encoding.UTF8.GetBytes($"<TEI xmlns=\"{Tei}\">" + Repeat("<a>", Levels) + Repeat("</a>", Levels) + "</TEI>");
        using var stream = new MemoryStream(xml);

        var issues = new TeiValidator().Validate(stream);

        Assert.InRange(issues.Length, 1, InputLimits.Default.MaxReportedErrors + 1);
        Assert.Contains(issues, i => i.Message.Contains("deeper than", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ThousandsOfErrors_CappedWithASayingSo()
    {
        var xml = Encoding.UTF8.GetBytes($"<TEI xmlns=\"{Tei}\"><teiHeader/><text><body>" + Repeat("<p bogus=\"1\">x</p>", 50_000) + "</body></text></TEI>");
        using var stream = new MemoryStream(xml);

        var issues = new TeiValidator().Validate(stream);

        Assert.InRange(issues.Length, 2, InputLimits.Default.MaxReportedErrors + 2);
        Assert.Contains("validation stopped", issues[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Doctype_LocatedAtTheDeclaration()
    {
        var xml = Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<TEI xmlns=\"{Tei}\">&x;</TEI>\n");
        using var stream = new MemoryStream(xml);

        var issue = Assert.Single(new TeiValidator().Validate(stream));

        Assert.Equal((2, 1), (issue.Line, issue.Column));
    }

    [Fact]
    public async Task AnnotateAsync_ConvertedSeed_StaysValidAgainstTheProjectSchema()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("seed-essay");
        RepoPaths.CopySeedTo(folder);
        using var converter = new DocumentConverter();
        var result = await converter.ConvertAsync(folder, new ConversionOptions { Pipeline = new() { FigureOcr = new() { Enabled = false } } }, CancellationToken.None);
        var file = temp.Combine("seed-essay.xml");
        await File.WriteAllBytesAsync(file, result.Tei!);
        var snapshots = new Dictionary<string, ArchiveSnapshot>(StringComparer.Ordinal)
        {
            [Atlantic] = new("https://web.archive.org/web/20200211000000/" + Atlantic, "2020-02-11T00:00:00Z"),
        };

        var added = await TeiAnnotator.AnnotateAsync(file, snapshots, CancellationToken.None);

        Assert.True(added > 0);
        var issues = await new TeiValidator().ValidateFileAsync(file, CancellationToken.None);
        Assert.True(issues.IsEmpty, string.Join("\n", issues));
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//web.archive.org/web/2020/x")]
    public async Task AnnotateAsync_SnapshotThatIsNoWebAddress_NotWritten(string snapshot)
    {
        using var dir = new TempDirectory();
        var file = TeiSamples.Write(dir.Path, "essay.xml", TeiSamples.Essay("http://digitalarchive.wilsoncenter.org/document/115995", Atlantic, "https://www.nytimes.com/"));
        var before = await File.ReadAllTextAsync(file);
        var snapshots = new Dictionary<string, ArchiveSnapshot>(StringComparer.Ordinal) { [Atlantic] = new(snapshot, null) };

        var added = await TeiAnnotator.AnnotateAsync(file, snapshots, CancellationToken.None);

        Assert.Equal(0, added);
        Assert.DoesNotContain("type=\"archive\"", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        Assert.Contains("Getty", before, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ArchiveServiceAnswersJavascriptUrl_NoSnapshot()
    {
        const string json = """{"archived_snapshots":{"closest":{"available":true,"url":"javascript:alert(1)","timestamp":"20200211000000"}}}""";

        var (snapshot, problem) = WaybackClient.Parse(json);

        Assert.Null(snapshot);
        Assert.NotNull(problem);
    }

    [Fact]
    public async Task AnnotateAsync_NestedPastTheLimit_FileLeftUntouched()
    {
        using var dir = new TempDirectory();
        var content = $"<TEI xmlns=\"{Tei}\"><text><body><note>" + Repeat("<hi>", 100_000) + $"<ptr target=\"{Atlantic}\"/>" + Repeat("</hi>", 100_000) + "</note></body></text></TEI>";
        var file = TeiSamples.Write(dir.Path, "deep.xml", content);
        var snapshots = new Dictionary<string, ArchiveSnapshot>(StringComparer.Ordinal) { [Atlantic] = new("https://web.archive.org/web/2020/" + Atlantic, null) };

        await Assert.ThrowsAsync<XmlException>(() => TeiAnnotator.AnnotateAsync(file, snapshots, CancellationToken.None)).WaitAsync(Bounded);

        Assert.Equal(content, await File.ReadAllTextAsync(file));
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
