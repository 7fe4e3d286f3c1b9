using Pipeline.Tests.Batch;

namespace Pipeline.Tests.Writing.Html;

/// <summary>
/// The seed converted once by <c>pipeline convert --html</c> into a temporary folder: its page, the
/// batch index, the TEI and the run report, shared by the browser tests.
/// </summary>
public sealed class SeedPages : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    public string Output => _folder.Combine("out");

    public string Page => Path.Combine(Output, "seed-essay.html");

    public string Index => Path.Combine(Output, "index.html");

    public string ConvertOutput { get; private set; } = "";

    public int ExitCode { get; private set; }

    public async Task InitializeAsync()
    {
        var input = _folder.Combine("in", "seed-essay");
        RepoPaths.CopySeedTo(input);
        (ExitCode, ConvertOutput) = await CliProcess.RunAsync("convert", input, "--out", Output, "--html", "--plain");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folder.Dispose();
}
