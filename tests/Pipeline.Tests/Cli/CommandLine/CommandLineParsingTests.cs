using Pipeline.Tests.Support;
using TempFolder = Pipeline.Tests.Conversion.TempFolder;

namespace Pipeline.Tests.Cli.CommandLine;

/// <summary>
/// The command line as a pandoc or git user expects it: unknown words are errors with suggestions,
/// typed values fail plainly, <c>--version</c> and <c>-h</c> work, every usage error exits 1.
/// </summary>
public sealed class CommandLineParsingTests
{
    [Fact]
    public async Task Run_MistypedOption_Exits1NamingTheCloseOptionAndConvertsNothing()
    {
        using var folder = new TempFolder();
        var document = folder.Document("essay", File.ReadAllBytes(Path.Combine(SeedFiles.SeedDirectory, "document.md")));
        var output = Path.Combine(folder.Path, "out");

        var (exit, _, error) = await InProcessCli.RunAsync("convert", document, "--forse", "-o", output);

        Assert.Equal(1, exit);
        Assert.Contains("'--forse'", error, StringComparison.Ordinal);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("links", "x.xml", "--exclud", "a")]
    [InlineData("archive", "out", "--bag", "b", "--contact-nme", "A")]
    [InlineData("verify", "bag", "--fastt")]
    [InlineData("validate", "x.xml", "--json")]
    public async Task Run_UnknownOptionOnAnyCommand_Exits1(params string[] args)
    {
        var (exit, _, error) = await InProcessCli.RunAsync(args);

        Assert.Equal(1, exit);
        Assert.Contains(args.First(a => a.StartsWith("--", StringComparison.Ordinal) && a is "--exclud" or "--contact-nme" or "--fastt" or "--json"), error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MistypedCommand_SuggestsTheCommand()
    {
        var (exit, output, error) = await InProcessCli.RunAsync("conver", "input");

        Assert.Equal(1, exit);
        Assert.Contains("'conver'", error, StringComparison.Ordinal);
        Assert.Contains("Did you mean", output, StringComparison.Ordinal);
        Assert.Contains("convert", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Version_PrintsTheReleaseAndExits0()
    {
        var (exit, output, _) = await InProcessCli.RunAsync("--version");

        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Theory]
    [InlineData("-h")]
    [InlineData("--help")]
    public async Task Run_Help_ListsEveryCommandAndExits0(string flag)
    {
        var (exit, output, _) = await InProcessCli.RunAsync(flag);

        Assert.Equal(0, exit);
        foreach (var command in new[] { "convert", "validate", "ocr", "links", "archive", "verify", "bench" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }

        Assert.Contains("--quiet", output, StringComparison.Ordinal);
        Assert.Contains("--verbose", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_JobsNotANumber_SaysSoPlainlyAndExits1()
    {
        var (exit, _, error) = await InProcessCli.RunAsync("convert", "input", "-o", "out", "--jobs", "abc");

        Assert.Equal(1, exit);
        Assert.Contains("--jobs takes a whole number of 1 or more, not 'abc'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Int32", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingRequiredOutput_Exits1()
    {
        var (exit, _, error) = await InProcessCli.RunAsync("convert", "input");

        Assert.Equal(1, exit);
        Assert.Contains("--output", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-q")]
    [InlineData("--quiet")]
    [InlineData("-v")]
    [InlineData("--verbose")]
    public async Task Run_VerbosityFlagsOnACommand_AreAccepted(string flag)
    {
        var (exit, _, error) = await InProcessCli.RunAsync("validate", flag, "/nonexistent/x.xml");

        Assert.True(exit == 2, error);
    }

    [Fact]
    public async Task Run_Quiet_ValidateSaysOnlyProblems()
    {
        var (_, output, _) = await InProcessCli.RunAsync("validate", "-q", "/nonexistent/x.xml");

        Assert.Equal("/nonexistent/x.xml: error: file not found", output.Trim());
    }
}
