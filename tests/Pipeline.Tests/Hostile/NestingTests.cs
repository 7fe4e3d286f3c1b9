using System.Text.Json;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Tests.Batch;
using static Pipeline.Tests.BadInput.BadInputHarness;

namespace Pipeline.Tests.Hostile;

/// <summary>
/// Input nested far deeper than prose ever is: the reader keeps the deeper levels as text with one
/// warning instead of recursing until the process dies, and a batch holding such a document converts it
/// and every other one.
/// </summary>
public sealed class NestingTests
{
    [Theory]
    [InlineData('*')]
    [InlineData('_')]
    public async Task Convert_EmphasisNestedTwentyThousandLevels_KeepsEveryCharacterWithOneWarning(char delimiter)
    {
        using var temp = new TempFolder();
        var run = new string(delimiter, 20_000);

        var result = await ConvertAsync(temp, Essay($"Before {run}deep{run} after."));

        Assert.NotNull(result.Tei);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "read.nested-too-deep");
        Assert.Equal(Severity.Warning, warning.Severity);
        var body = BodyText(result);
        Assert.Contains("deep", body, StringComparison.Ordinal);
        Assert.Contains("after.", body, StringComparison.Ordinal);
        // The levels kept as text keep their delimiters: nothing but the built levels' markup is gone.
        Assert.True(body.Count(c => c == delimiter) > 2 * (20_000 - 100), $"{body.Count(c => c == delimiter)} delimiters survive");
    }

    [Fact]
    public async Task Convert_SuperscriptsNestedThirtyThousandLevels_KeepsTheTagsAsText()
    {
        using var temp = new TempFolder();
        const int Levels = 30_000;
        var body = "Text " + string.Concat(Enumerable.Repeat("<sup>", Levels)) + "7" + string.Concat(Enumerable.Repeat("</sup>", Levels)) + " end.";

        var result = await ConvertAsync(temp, Essay(body));

        Assert.NotNull(result.Tei);
        Assert.Single(result.Diagnostics, d => d.Code == "read.nested-too-deep");
        var text = BodyText(result);
        Assert.Contains("7", text, StringComparison.Ordinal);
        Assert.Contains("end.", text, StringComparison.Ordinal);
        Assert.True(ModelDepthOf(result.Document!) <= InputLimits.Default.MaxModelDepth);
    }

    [Fact]
    public async Task Convert_NestingWithinTheLimit_IsBuiltAsBefore()
    {
        using var temp = new TempFolder();
        var depth = InputLimits.Default.MaxInlineNesting - 2;
        var body = "Text " + string.Concat(Enumerable.Repeat("<i>", depth)) + "kept" + string.Concat(Enumerable.Repeat("</i>", depth)) + " end.";

        var result = await ConvertAsync(temp, Essay(body));

        Assert.NotNull(result.Tei);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "read.nested-too-deep");
        Assert.DoesNotContain("&lt;i&gt;", System.Text.Encoding.UTF8.GetString(result.Tei), StringComparison.Ordinal);
    }

    [Fact]
    public void Exceeds_ModelDeeperThanTheLimit_IsFoundWithoutRecursion()
    {
        // A model as deep as a careless reader could build: far beyond any stack.
        Inline inline = new Text("x");
        for (var i = 0; i < 200_000; i++)
        {
            inline = new Styled(TextStyle.Italic, [inline]);
        }

        var document = new Document { Id = "deep", SourceDirectory = "/", Blocks = [new Paragraph([inline], new SourceSpan(1, 1, 1))] };

        Assert.True(ModelDepth.Exceeds(document, InputLimits.Default.MaxModelDepth));
        Assert.False(ModelDepth.Exceeds(document with { Blocks = [new Paragraph([new Text("x")], new SourceSpan(1, 1, 1))] }, 3));
    }

    [Fact]
    public async Task Batch_OneDeeplyNestedDocumentAmongGood_AllConvertedAndReported()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("input");
        RepoPaths.CopySeedTo(Path.Combine(corpus, "essay-1"));
        Directory.CreateDirectory(Path.Combine(corpus, "nested"));
        var run = new string('*', 20_000);
        await File.WriteAllTextAsync(Path.Combine(corpus, "nested", "document.md"), Essay($"Before {run}deep{run} after."));
        Directory.CreateDirectory(Path.Combine(corpus, "sup"));
        await File.WriteAllTextAsync(Path.Combine(corpus, "sup", "document.md"),
            Essay("T " + string.Concat(Enumerable.Repeat("<sup>", 30_000)) + "1" + string.Concat(Enumerable.Repeat("</sup>", 30_000))));

        var (exitCode, output) = await CliProcess.RunAsync("convert", corpus, "--out", temp.Combine("out"), "--no-ocr");

        Assert.True(exitCode == 0, output);
        using var report = JsonDocument.Parse(await File.ReadAllBytesAsync(temp.Combine("out", "run-report.json")));
        var statuses = report.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("status").GetString());
        Assert.Equal(3, statuses.Count);
        Assert.All(statuses.Values, s => Assert.Equal("Converted", s));
    }

    private static int ModelDepthOf(Document document)
    {
        var depth = 0;
        while (ModelDepth.Exceeds(document, depth))
        {
            depth++;
        }

        return depth;
    }
}
