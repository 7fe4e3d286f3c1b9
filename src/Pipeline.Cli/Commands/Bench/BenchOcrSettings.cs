
namespace Pipeline.Cli.Commands.Bench;

/// <summary>What <c>pipeline bench ocr</c> was asked to do.</summary>
internal sealed class BenchOcrSettings
{
    public string[] Images { get; init; } = [];

    public int Runs { get; init; } = 3;
}
