using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>Arguments of <c>pipeline bench html</c>.</summary>
internal sealed class BenchHtmlSettings : CommandSettings
{
    [CommandArgument(0, "[document]")]
    [Description("Document folder to convert and render. Default: input/seed-essay.")]
    public string? Document { get; init; }

    [CommandOption("--runs <N>")]
    [Description("Timed runs of each conversion mode and of the rendering; medians are reported. Default 15.")]
    public int Runs { get; init; } = 15;
}
