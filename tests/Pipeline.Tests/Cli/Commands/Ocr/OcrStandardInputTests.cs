using Pipeline.Tests.Batch;

namespace Pipeline.Tests.Cli.Commands.Ocr;

/// <summary><c>ocr -</c>: an image piped in, its text on standard output.</summary>
public sealed class OcrStandardInputTests
{
    [Fact]
    public async Task Ocr_ImageOnStandardInput_TextOnStandardOutput()
    {
        var image = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Seed, "appendix-2.jpg"));

        var (exit, output, error) = await CliProcess.RunWithInputAsync(image, "ocr", "-");

        Assert.True(exit == 0, error);
        var text = System.Text.Encoding.UTF8.GetString(output);
        var expected = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Seed, "appendix-2.gt.txt"));
        var firstWord = expected.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).First(w => w.Length > 4 && w.All(char.IsLetter));
        Assert.Contains(firstWord, text, StringComparison.Ordinal);
    }
}
