using System.Diagnostics;
using Pipeline.Archive.BagIt;
using Pipeline.Tests.BadInput;

namespace Pipeline.Tests.Batch;

/// <summary>
/// Starts the built program on a corpus of seed copies, kills it with SIGKILL in the middle, and checks
/// that only complete files are left and that the next run finishes the job.
/// </summary>
public sealed class KillDuringBatchTests
{
    private const int Copies = 300;

    [Fact]
    public async Task Convert_KilledMidBatch_OnlyCompleteFilesAndNextRunFinishes()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("input");
        var seedText = File.ReadAllBytes(Path.Combine(RepoPaths.Seed, "document.md"));
        for (var i = 0; i < Copies; i++)
        {
            var folder = Path.Combine(corpus, $"essay-{i:D3}");
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, "document.md"), seedText);
        }

        var output = temp.Combine("out");
        var convertedBeforeKill = await StartAndKillAsync(corpus, output, afterConverted: 15);

        var xmlFiles = Directory.GetFiles(output, "*.xml");
        Assert.InRange(xmlFiles.Length, 1, Copies - 1);
        foreach (var xml in xmlFiles)
        {
            WellFormedXml.AssertParsesFile(xml);
            Assert.EndsWith("</TEI>\n", File.ReadAllText(xml), StringComparison.Ordinal);
        }

        // A temporary file the kill left is never taken for output: not archived, and removed by the next run.
        var payload = BagPayload.Select(output);
        Assert.DoesNotContain(payload.Files, f => f.PayloadPath.EndsWith(".tmp", StringComparison.Ordinal));

        var (exitCode, log) = await CliProcess.RunAsync("convert", corpus, "--out", output, "--plain");

        Assert.True(exitCode == 0, log);
        Assert.Equal(Copies, Directory.GetFiles(output, "*.xml").Length);
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
        var skipped = log.Split('\n').Count(l => l.Contains(" unchanged essay-", StringComparison.Ordinal));
        Assert.True(skipped >= convertedBeforeKill, $"{skipped} skipped, {convertedBeforeKill} converted before the kill");
        foreach (var xml in Directory.GetFiles(output, "*.xml"))
        {
            WellFormedXml.AssertParsesFile(xml);
        }
    }

    /// <summary>Runs the batch until it reports <paramref name="afterConverted"/> documents, then SIGKILLs it.</summary>
    private static async Task<int> StartAndKillAsync(string corpus, string output, int afterConverted)
    {
        using var process = Process.Start(CliProcess.StartInfo("convert", corpus, "--out", output, "--plain", "--jobs", "2"))!;
        _ = process.StandardError.ReadToEndAsync();
        var converted = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (converted < afterConverted && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains(" converted essay-", StringComparison.Ordinal))
            {
                converted++;
            }
        }

        Assert.False(process.HasExited, "the batch finished before it could be killed; use a larger corpus");

        // Process.Kill sends SIGKILL on Linux: no handler, no cleanup, as with kill -9.
        process.Kill();
        await process.WaitForExitAsync(timeout.Token);
        Assert.NotEqual(0, process.ExitCode);
        return converted;
    }
}
