using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>Arguments of <c>pipeline bench ocr</c>.</summary>
internal sealed class BenchOcrSettings : CommandSettings
{
    [CommandArgument(0, "[images]")]
    [Description("Images to recognise; ground truth is read from NAME.gt.txt beside each. Default: input/seed-essay/appendix-*.jpg.")]
    public string[] Images { get; init; } = [];

    [CommandOption("--runs <N>")]
    [Description("Timed runs per image and tool; the median is reported. Default 3.")]
    public int Runs { get; init; } = 3;
}
