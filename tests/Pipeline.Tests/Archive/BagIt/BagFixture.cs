using System.Collections.Immutable;
using System.Text.Json;
using Pipeline.Archive.BagIt;
using Pipeline.Batch;
using Pipeline.Tests.Batch;

namespace Pipeline.Tests.Archive.BagIt;

/// <summary>An output folder shaped like a conversion's (TEI, image folder, link report, batch state) and a bag of it.</summary>
internal sealed class BagFixture : IDisposable
{
    public static readonly BagInfo Info = new("Test Press", "Seed essay in TEI.", new DateOnly(2026, 11, 26), "0.1.0");

    private readonly TempFolder _temp = new();

    public BagFixture()
    {
        Output = _temp.Combine("output");
        Bag = _temp.Combine("bag");
        Directory.CreateDirectory(Path.Combine(Output, "seed-essay"));
        File.WriteAllText(Path.Combine(Output, "seed-essay.xml"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>De-Stalinisation</p></body></text></TEI>\n");
        foreach (var image in new[] { "appendix-1.jpg", "appendix-2.jpg" })
        {
            File.Copy(Path.Combine(RepoPaths.Seed, image), Path.Combine(Output, "seed-essay", image));
        }

        File.WriteAllText(Path.Combine(Output, "links.json"), "{\"checked\":0}\n");
        File.WriteAllText(Path.Combine(Output, "run-report.json"), RunReportJson());
        Directory.CreateDirectory(Path.Combine(Output, ".cache"));
        File.WriteAllText(Path.Combine(Output, ".cache", "manifest.jsonl"), "\n");
        File.WriteAllText(Path.Combine(Output, ".seed-essay.xml.0123.tmp"), "<TEI");
    }

    public string Output { get; }

    public string Bag { get; }

    public string Temp => _temp.Path;

    public Task<BagWriteResult> WriteAsync() => BagWriter.WriteAsync(Output, Bag, Info, CancellationToken.None);

    public void Dispose() => _temp.Dispose();

    /// <summary>The report of a run that converted the one document, as the batch writes it.</summary>
    private static string RunReportJson()
    {
        var at = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
        ImmutableArray<DocumentOutcome> documents = [new("seed-essay", DocumentStatus.Converted, 55, 120, [])];
        var report = new RunReport("0.1.0", "all", at, at.AddSeconds(1), 1000, 0, RunTotals.Of(documents), documents);
        return JsonSerializer.Serialize(report, BatchJsonContext.Default.RunReport) + "\n";
    }
}
