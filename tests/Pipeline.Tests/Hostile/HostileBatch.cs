using Pipeline.Batch;
using Pipeline.Conversion;

namespace Pipeline.Tests.Hostile;

/// <summary>Runs the real batch (discovery, clean-up, conversion without OCR, output) over hand-made folders.</summary>
internal static class HostileBatch
{
    private static readonly TeiConversion Conversion = new(
        new DocumentConverter(),
        new ConversionOptions { Pipeline = new() { FigureOcr = new() { Enabled = false } } });

    public static Task<BatchResult> RunAsync(string output, params string[] inputs) =>
        BatchRunner.RunAsync(
            new BatchOptions { Inputs = [.. inputs], OutputFolder = output, Settings = Conversion.Settings },
            Conversion.ConvertAsync,
            new NoObserver(),
            CancellationToken.None);

    public static DocumentOutcome Outcome(BatchResult result, string id) =>
        Assert.Single(result.Report!.Documents, d => d.Id == id);

    private sealed class NoObserver : IBatchObserver
    {
        public void Started(int documents)
        {
        }

        public void Completed(DocumentOutcome outcome)
        {
        }
    }
}
