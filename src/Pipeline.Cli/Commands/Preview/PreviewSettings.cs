using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Preview;

/// <summary>Arguments of <c>pipeline preview</c>.</summary>
internal sealed class PreviewSettings : CommandSettings
{
    [CommandArgument(0, "<paths>")]
    [Description("TEI files, or folders of them (an output folder of convert).")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--links <FILE>")]
    [Description("Link report to show statuses from (default: links.json beside the TEI, when it exists).")]
    public string? Links { get; init; }
}
