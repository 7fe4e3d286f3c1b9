using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>Arguments of <c>pipeline bench convert</c>.</summary>
internal sealed class BenchConvertSettings : CommandSettings
{
    [CommandOption("--copies <N>")]
    [Description("Copies of the seed essay in the largest run; runs of N/4 and N/2 go first to show memory does not grow with N.")]
    [DefaultValue(1000)]
    public int Copies { get; init; } = 1000;

    [CommandOption("--seed <DIR>")]
    [Description("The document folder to copy.")]
    [DefaultValue("input/seed-essay")]
    public string Seed { get; init; } = "input/seed-essay";

    [CommandOption("--jobs <N>")]
    [Description("Documents converted at once (default: one per core).")]
    public int? Jobs { get; init; }

    [CommandOption("--pandoc <N>")]
    [Description("Files given to pandoc -f markdown -t tei for comparison (0 to skip).")]
    [DefaultValue(20)]
    public int PandocFiles { get; init; } = 20;

    /// <summary>The usage error, or null (checked by the command, so it exits 1 rather than with a stack trace).</summary>
    public string? UsageError() =>
        Copies < 1 ? "--copies must be at least 1."
        : Jobs is < 1 ? "--jobs must be at least 1."
        : PandocFiles < 0 ? "--pandoc must be 0 or more."
        : null;
}
