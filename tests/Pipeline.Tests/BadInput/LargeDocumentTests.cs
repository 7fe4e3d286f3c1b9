using System.Diagnostics;
using System.Text;
using Pipeline.Tests.Batch;
using static Pipeline.Tests.BadInput.BadInputHarness;

namespace Pipeline.Tests.BadInput;

/// <summary>The catalogue's 50 MB document: the seed essay repeated, written to a temp folder by the test.</summary>
public sealed class LargeDocumentTests
{
    private const long TargetBytes = 50L * 1024 * 1024;

    [Fact]
    public async Task Convert_FiftyMegabyteDocument_ConvertsWellFormedWithBoundedMemory()
    {
        using var temp = new TempFolder();
        var seed = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Seed, "document.md"));
        var folder = temp.Combine(Id);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "document.md");
        await using (var file = File.Create(path))
        {
            while (file.Length < TargetBytes)
            {
                await file.WriteAsync(seed);
                await file.WriteAsync("\n\n"u8.ToArray());
            }
        }

        using var process = Process.GetCurrentProcess();
        var before = process.WorkingSet64;
        var result = await new Pipeline.Conversion.DocumentConverter().ConvertAsync(folder, new Pipeline.Conversion.ConversionOptions(), CancellationToken.None);
        process.Refresh();

        AssertSound(result);
        Assert.True(result.Tei is not null, string.Join(" | ", result.Diagnostics.Take(5)));
        Assert.EndsWith("</TEI>\n", Encoding.UTF8.GetString(result.Tei.AsSpan(result.Tei.Length - 20)), StringComparison.Ordinal);

        // Bounded: a small multiple of the input, not a blow-up (50 MB of text becomes ~100 MB as .NET
        // strings, plus the model and the TEI bytes).
        var grown = Math.Max(0, process.PeakWorkingSet64 - before);
        Assert.True(grown < 40 * TargetBytes, $"working set grew by {grown / 1048576} MB converting 50 MB");
    }
}
