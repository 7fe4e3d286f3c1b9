using Pipeline.Tests.Batch;
using Pipeline.Tests.Cli.CommandLine;

namespace Pipeline.Tests.Cli.Commands.Archive;

/// <summary>An output folder written by a real <c>convert</c> run of the seed, optionally beside a document that fails.</summary>
internal sealed class ConvertedOutput : IDisposable
{
    private readonly TempFolder _temp = new();

    private ConvertedOutput()
    {
    }

    public string Output => _temp.Combine("output");

    public string Bag => _temp.Combine("bag");

    public static async Task<ConvertedOutput> CreateAsync(bool withFailure)
    {
        var converted = new ConvertedOutput();
        var input = converted._temp.Combine("input");
        RepoPaths.CopySeedTo(Path.Combine(input, "seed-essay"));
        if (withFailure)
        {
            // A ZIP header where a scrape should be: the reader refuses binary input.
            await File.WriteAllBytesAsync(CreateDocument(input, "broken-essay", "document.md"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        }

        var (exit, output, error) = await InProcessCli.RunAsync("convert", input, "-o", converted.Output, "--no-ocr", "-q");
        Assert.True(exit == (withFailure ? 2 : 0), output + error);
        return converted;
    }

    public void Dispose() => _temp.Dispose();

    private static string CreateDocument(string input, string id, string name)
    {
        Directory.CreateDirectory(Path.Combine(input, id));
        return Path.Combine(input, id, name);
    }
}
