using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Convert;

/// <summary>Arguments of <c>pipeline convert</c>.</summary>
internal sealed class ConvertSettings : CommandSettings
{
    [CommandArgument(0, "<inputs>")]
    [Description("Document folders (holding document.md), corpus folders (holding document folders) or text files.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("-o|--out <DIR>")]
    [Description("Folder that receives <id>.xml and <id>/ with the figure images.")]
    public string? Output { get; init; }
}
