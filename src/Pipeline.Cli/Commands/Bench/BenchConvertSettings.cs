
namespace Pipeline.Cli.Commands.Bench;

/// <summary>What <c>pipeline bench convert</c> was asked to do.</summary>
internal sealed class BenchConvertSettings
{
    public int Copies { get; init; } = 1000;

    public string Seed { get; init; } = "input/seed-essay";

    public int? Jobs { get; init; }

    public int PandocFiles { get; init; } = 20;

    /// <summary>The usage error, or null (checked by the command, so it exits 1 rather than with a stack trace).</summary>
    public string? UsageError() =>
        Copies < 1 ? "--copies must be at least 1."
        : Jobs is < 1 ? "--jobs must be at least 1."
        : PandocFiles < 0 ? "--pandoc must be 0 or more."
        : null;
}
