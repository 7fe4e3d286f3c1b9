using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>Arguments of <c>pipeline bench pdf</c>.</summary>
internal sealed class BenchPdfSettings : CommandSettings
{
    [CommandArgument(0, "[pdf]")]
    [Description("The PDF to time. Default: tests/fixtures/pdf/seed-essay.pdf (the seed essay typeset).")]
    public string Pdf { get; init; } = Path.Combine("tests", "fixtures", "pdf", "seed-essay.pdf");

    [CommandOption("--warm-up <N>")]
    [Description("Untimed rounds before each measure. Default 10.")]
    public int WarmUp { get; init; } = 10;

    [CommandOption("--runs <N>")]
    [Description("Timed rounds per measure; the median is reported. Default 15.")]
    public int Runs { get; init; } = 15;
}
