using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>Arguments of <c>pipeline bench citations</c>.</summary>
internal sealed class BenchCitationsSettings : CommandSettings
{
    [CommandArgument(0, "[documents]")]
    [Description("Document folders holding document.md. Default: input/seed-essay.")]
    public string[] Documents { get; init; } = [];

    [CommandOption("--runs <N>")]
    [Description("Timed runs of the citation stage per document, after as many untimed ones; the median is reported. Default 400.")]
    public int Runs { get; init; } = 400;
}
