using Pipeline.Cli.Commands.Validate;
using Pipeline.Conversion;
using Pipeline.Tests.Conversion;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Cli.Commands.Validate;

public sealed class ValidateRunTests
{
    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] files)
    {
        using var writer = new StringWriter();
        var exitCode = await new ValidateRun(writer).ExecuteAsync(files, CancellationToken.None);
        return (exitCode, writer.ToString());
    }

    private static async Task<string> SeedTeiAsync(TempFolder folder)
    {
        var result = await new DocumentConverter().ConvertAsync(SeedFiles.SeedDirectory, new ConversionOptions(), CancellationToken.None);
        var path = Path.Combine(folder.Path, "seed-essay.xml");
        await File.WriteAllBytesAsync(path, result.Tei!);
        return path;
    }

    [Fact]
    public async Task Execute_ConvertedSeed_IsValidAndExits0()
    {
        using var folder = new TempFolder();
        var path = await SeedTeiAsync(folder);

        var (exitCode, printed) = await RunAsync(path);

        Assert.Equal(0, exitCode);
        Assert.Contains($"{path}: valid", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_BrokenTei_PrintsLineAndColumnAndExits2()
    {
        using var folder = new TempFolder();
        var path = await SeedTeiAsync(folder);
        var lines = (await File.ReadAllLinesAsync(path)).ToList();
        var bodyLine = lines.FindIndex(l => l.Contains("<body>", StringComparison.Ordinal));
        lines.Insert(bodyLine + 1, "      <p>A <ref>link without target</ref></p>");
        var broken = Path.Combine(folder.Path, "broken.xml");
        await File.WriteAllLinesAsync(broken, lines);

        var (exitCode, printed) = await RunAsync(path, broken);

        Assert.Equal(2, exitCode);
        Assert.Contains($"{path}: valid", printed, StringComparison.Ordinal);
        Assert.Contains($"{broken}:{bodyLine + 2}:13: error: ", printed, StringComparison.Ordinal);
        Assert.Contains("target", printed, StringComparison.Ordinal);
        Assert.Contains($"{broken}: invalid", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_MissingFile_Exits2()
    {
        var (exitCode, printed) = await RunAsync("/nonexistent/tei.xml");

        Assert.Equal(2, exitCode);
        Assert.Contains("/nonexistent/tei.xml: error: file not found", printed, StringComparison.Ordinal);
    }
}
