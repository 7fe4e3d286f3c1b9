using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Pipeline.Batch;
using Pipeline.Batch.Merge;
using Pipeline.Diagnostics;

namespace Pipeline.Tests.Batch;

public sealed class RunReportJsonTests
{
    // The options the run report was written with before it went through the source-generated writer: its format.
    private static readonly JsonSerializerOptions ReportOptions = new(BatchJsonContext.Default.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TheoryData<string> Reports => new() { "plain", "merged" };

    [Theory]
    [MemberData(nameof(Reports))]
    public void ToUtf8Bytes_WritesTheReportsFormat_ByteForByte(string kind)
    {
        var report = Report(kind == "merged");

        var expected = JsonSerializer.SerializeToUtf8Bytes(report, (JsonTypeInfo<RunReport>)ReportOptions.GetTypeInfo(typeof(RunReport)));

        Assert.Equal(expected, RunReportJson.ToUtf8Bytes(report));
    }

    [Fact]
    public void ToUtf8Bytes_ReadsBackAsTheSameReport()
    {
        var report = Report(merged: true);

        var read = JsonSerializer.Deserialize(RunReportJson.ToUtf8Bytes(report), BatchJsonContext.Default.RunReport);

        Assert.NotNull(read);
        Assert.Equal(report.Documents.Select(d => d.Id), read.Documents.Select(d => d.Id));
        Assert.Equal(report.Documents.SelectMany(d => d.Diagnostics), read.Documents.SelectMany(d => d.Diagnostics));
        Assert.Equal(report.Totals, read.Totals);
    }

    [Fact]
    public void ToUtf8Bytes_KeepsPlusAndNonAsciiAsTheyAre()
    {
        var text = System.Text.Encoding.UTF8.GetString(RunReportJson.ToUtf8Bytes(Report(merged: false)));

        Assert.Contains("\"pipelineVersion\": \"1.0.0+abc\"", text, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"mémoire-ά\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"merge\"", text, StringComparison.Ordinal);
    }

    private static RunReport Report(bool merged)
    {
        var start = new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero);
        ImmutableArray<DocumentOutcome> documents =
        [
            new("mémoire-ά", DocumentStatus.Converted, 12, 41, [
                new Diagnostic("citations.unlinked", Severity.Warning, "mémoire-ά", 17, "no bibliography entry for \"Smith 1990\" <ibid.> & co"),
                new Diagnostic("structure.title", Severity.Info, "mémoire-ά", 0, "title from the first heading\ttab\nnew line"),
            ]),
            new("seed-0002", DocumentStatus.Skipped, 3, 0, []),
            new("broken", DocumentStatus.Failed, 0, 5, [new Diagnostic("tei.schema-invalid", Severity.Error, "broken", 3, "The element 'p' is invalid.")]),
        ];
        var report = new RunReport("1.0.0+abc", "1/1", start, start.AddSeconds(2), 2000, 2, RunTotals.Of(documents), documents);
        return merged
            ? report with { Merge = new MergeInfo(2, ["run-report.1-of-2.json", "run-report.2-of-2.json"], [new MergeProblem("merge.missing", "one shard missing", "seed-0003")]) }
            : report;
    }
}
