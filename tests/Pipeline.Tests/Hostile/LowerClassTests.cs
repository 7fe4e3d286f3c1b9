using System.Text;
using Pipeline.Batch;
using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.Tests.Batch;
using static Pipeline.Tests.BadInput.BadInputHarness;

namespace Pipeline.Tests.Hostile;

/// <summary>The lower classes: input size, UTF-16 text, and two runs writing one output at once.</summary>
public sealed class LowerClassTests
{
    [Theory]
    [InlineData("utf-16LE-bom")]
    [InlineData("utf-16BE-plain")]
    public async Task Convert_Utf16Text_SaysConvertToUtf8(string variant)
    {
        using var temp = new TempFolder();
        var text = Essay("A paragraph in UTF-16.");
        var bytes = variant.StartsWith("utf-16LE", StringComparison.Ordinal)
            ? [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]
            : Encoding.BigEndianUnicode.GetBytes(text);

        var result = await ConvertAsync(temp, bytes);

        Assert.Null(result.Tei);
        var error = AssertReported(result, ConversionCodes.Utf16Input, Severity.Error);
        Assert.Contains("UTF-16", error.Message, StringComparison.Ordinal);
        Assert.Contains("convert it to UTF-8", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ConversionCodes.BinaryInput);
    }

    [Fact]
    public async Task Batch_DocumentOverTheSizeLimit_RefusedUnreadOthersConverted()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("input");
        RepoPaths.CopySeedTo(Path.Combine(corpus, "essay-1"));
        var huge = Path.Combine(corpus, "huge");
        Directory.CreateDirectory(huge);
        await using (var file = File.Create(Path.Combine(huge, "document.md")))
        {
            // Sparse: the size is there without writing it, and the limit is met before a byte is read.
            file.SetLength(InputLimits.Default.MaxInputBytes + 1);
        }

        var result = await HostileBatch.RunAsync(temp.Combine("out"), corpus);

        var refused = HostileBatch.Outcome(result, "huge");
        Assert.Equal(DocumentStatus.Failed, refused.Status);
        Assert.Contains(refused.Diagnostics, d => d.Code == ConversionCodes.RefusedInput && d.Message.Contains("MB", StringComparison.Ordinal));
        Assert.Equal(DocumentStatus.Converted, HostileBatch.Outcome(result, "essay-1").Status);
    }

    [Fact]
    public async Task Batch_AnotherRunHoldsTheOutput_SecondRunStopsBeforeWriting()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("input");
        RepoPaths.CopySeedTo(Path.Combine(corpus, "essay-1"));
        var output = temp.Combine("out");
        Directory.CreateDirectory(output);

        BatchResult second;
        await using (new FileStream(Path.Combine(output, ".convert.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            second = await HostileBatch.RunAsync(output, corpus);
        }

        var afterwards = await HostileBatch.RunAsync(output, corpus);

        Assert.Equal(BatchResult.CouldNotRun, second.ExitCode);
        Assert.Contains("Another convert run", Assert.Single(second.Problems), StringComparison.Ordinal);
        Assert.Equal(BatchResult.Success, afterwards.ExitCode);
        Assert.False(File.Exists(Path.Combine(output, ".convert.lock")), "the lock is removed when the run ends");
    }
}
