using System.Text.Json;
using Pipeline.Batch;
using Pipeline.Conversion;
using Pipeline.Tests.BadInput;

namespace Pipeline.Tests.Batch;

/// <summary>The batch over real copies of the seed essay, with the real converter and real files.</summary>
public sealed class BatchRunnerTests
{
    private static readonly TeiConversion Conversion = new(new DocumentConverter(), new ConversionOptions());

    [Fact]
    public async Task RunAsync_OneBadDocumentAmongGood_OthersConvertedAndExitTwo()
    {
        using var temp = new TempFolder();
        var corpus = Corpus(temp, 3);
        Directory.CreateDirectory(Path.Combine(corpus, "broken"));
        File.WriteAllBytes(Path.Combine(corpus, "broken", "document.md"), []);

        var result = await RunAsync(corpus, temp.Combine("out"));

        Assert.Equal(BatchResult.SomeFailed, result.ExitCode);
        var report = result.Report!;
        Assert.Equal((4, 3, 1), (report.Totals.Documents, report.Totals.Converted, report.Totals.Failed));
        var broken = Assert.Single(report.Documents, d => d.Status == DocumentStatus.Failed);
        Assert.Equal("broken", broken.Id);
        Assert.All(broken.Diagnostics, d => Assert.Equal("broken", d.Document));
        foreach (var id in new[] { "essay-1", "essay-2", "essay-3" })
        {
            WellFormedXml.AssertParsesFile(temp.Combine("out", id + ".xml"));
        }

        Assert.False(File.Exists(temp.Combine("out", "broken.xml")));
    }

    [Fact]
    public async Task RunAsync_AllGood_ExitZeroAndFootnotesCounted()
    {
        using var temp = new TempFolder();
        var corpus = Corpus(temp, 2);

        var result = await RunAsync(corpus, temp.Combine("out"));

        Assert.Equal(BatchResult.Success, result.ExitCode);
        Assert.All(result.Report!.Documents, d => Assert.True(d.Notes > 0, $"{d.Id}: no footnotes counted"));
    }

    [Fact]
    public async Task RunAsync_SecondRun_SkipsUnchangedAndRedoesChanged()
    {
        using var temp = new TempFolder();
        var corpus = Corpus(temp, 3);
        var output = temp.Combine("out");
        await RunAsync(corpus, output);
        File.AppendAllText(Path.Combine(corpus, "essay-2", "document.md"), "\nOne more paragraph at the end.\n");

        var second = await RunAsync(corpus, output);

        Assert.Equal(["essay-1", "essay-3"], IdsWith(second, DocumentStatus.Skipped));
        Assert.Equal(["essay-2"], IdsWith(second, DocumentStatus.Converted));
        Assert.Contains("One more paragraph at the end.", File.ReadAllText(Path.Combine(output, "essay-2.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SecondRunSkipsUnchanged_StillReportsItsWarnings()
    {
        using var temp = new TempFolder();
        var corpus = Corpus(temp, 1);
        var output = temp.Combine("out");
        var first = await RunAsync(corpus, output);
        var warnings = first.Report!.Documents.Single().Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Warning).ToList();
        Assert.NotEmpty(warnings);

        var second = await RunAsync(corpus, output);

        var skipped = Assert.Single(second.Report!.Documents);
        Assert.Equal(DocumentStatus.Skipped, skipped.Status);
        Assert.Equal(warnings, skipped.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Warning));
        Assert.Equal(warnings.Count, second.Report.Totals.Warnings);
        using var report = JsonDocument.Parse(File.ReadAllBytes(second.ReportPath!));
        Assert.Equal(warnings.Count, report.RootElement.GetProperty("totals").GetProperty("warnings").GetInt32());
    }

    [Fact]
    public async Task RunAsync_Force_ConvertsEverythingAgain()
    {
        using var temp = new TempFolder();
        var corpus = Corpus(temp, 2);
        var output = temp.Combine("out");
        await RunAsync(corpus, output);

        var forced = await RunAsync(corpus, output, force: true);

        Assert.Equal(["essay-1", "essay-2"], IdsWith(forced, DocumentStatus.Converted));
    }

    [Fact]
    public async Task RunAsync_OutputDeletedSinceLastRun_ConvertedAgain()
    {
        using var temp = new TempFolder();
        var corpus = Corpus(temp, 2);
        var output = temp.Combine("out");
        await RunAsync(corpus, output);
        File.Delete(Path.Combine(output, "essay-1.xml"));

        var second = await RunAsync(corpus, output);

        Assert.Equal(["essay-1"], IdsWith(second, DocumentStatus.Converted));
        Assert.True(File.Exists(Path.Combine(output, "essay-1.xml")));
    }

    [Fact]
    public async Task RunAsync_ThreeShardsIntoOneOutput_EachDocumentConvertedExactlyOnce()
    {
        using var temp = new TempFolder();
        var corpus = Corpus(temp, 12);
        var output = temp.Combine("out");

        var converted = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var result = await RunAsync(corpus, output, shard: new ShardSpec(i, 3));
            converted.AddRange(IdsWith(result, DocumentStatus.Converted));
            Assert.True(File.Exists(Path.Combine(output, $"run-report.shard-{i}-of-3.json")));
        }

        Assert.Equal(12, converted.Count);
        Assert.Equal(12, converted.Distinct().Count());
        Assert.Equal(12, Directory.GetFiles(output, "*.xml").Length);
        var whole = await RunAsync(corpus, output);
        Assert.Equal(12, whole.Report!.Totals.Skipped);
    }

    [Fact]
    public async Task RunAsync_Report_PerDocumentFieldsInJson()
    {
        using var temp = new TempFolder();
        var corpus = Corpus(temp, 1);

        var result = await RunAsync(corpus, temp.Combine("out"));

        using var json = JsonDocument.Parse(File.ReadAllBytes(result.ReportPath!));
        var totals = json.RootElement.GetProperty("totals");
        Assert.Equal(1, totals.GetProperty("converted").GetInt32());
        var document = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("essay-1", document.GetProperty("id").GetString());
        Assert.Equal("Converted", document.GetProperty("status").GetString());
        Assert.True(document.GetProperty("notes").GetInt32() > 0);
        foreach (var field in new[] { "warnings", "errors", "milliseconds", "diagnostics" })
        {
            Assert.True(document.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task RunAsync_InputMissing_CouldNotRunNamingIt()
    {
        using var temp = new TempFolder();

        var result = await RunAsync(temp.Combine("no-input"), temp.Combine("out"));

        Assert.Equal(BatchResult.CouldNotRun, result.ExitCode);
        Assert.Contains("no-input", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TemporaryFilesOfKilledRun_RemovedAndDocumentConverted()
    {
        using var temp = new TempFolder();
        var corpus = Corpus(temp, 1);
        var output = temp.Combine("out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "essay-1.xml.0123456789abcdef.tmp"), "<TEI><text>half");

        var result = await RunAsync(corpus, output);

        Assert.Equal(BatchResult.Success, result.ExitCode);
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
        WellFormedXml.AssertParsesFile(Path.Combine(output, "essay-1.xml"));
    }

    internal static string Corpus(TempFolder temp, int copies)
    {
        var corpus = temp.Combine("input");
        for (var i = 1; i <= copies; i++)
        {
            RepoPaths.CopySeedTo(Path.Combine(corpus, $"essay-{i}"));
        }

        return corpus;
    }

    private static Task<BatchResult> RunAsync(string input, string output, bool force = false, ShardSpec? shard = null) =>
        BatchRunner.RunAsync(
            new BatchOptions
            {
                Inputs = [input],
                OutputFolder = output,
                Force = force,
                Shard = shard ?? ShardSpec.All,
                Settings = Conversion.Settings,
            },
            Conversion.ConvertAsync,
            new NoObserver(),
            CancellationToken.None);

    private static string[] IdsWith(BatchResult result, DocumentStatus status) =>
        [.. result.Report!.Documents.Where(d => d.Status == status).Select(d => d.Id).Order(StringComparer.Ordinal)];

    private sealed class NoObserver : IBatchObserver
    {
        public void Started(int documents)
        {
        }

        public void Completed(DocumentOutcome outcome)
        {
        }
    }
}
