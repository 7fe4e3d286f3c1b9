using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Validate;

/// <summary>Arguments of <c>pipeline validate</c>.</summary>
internal sealed class ValidateSettings : CommandSettings
{
    [CommandArgument(0, "<files>")]
    [Description("TEI files to validate against the project's schema.")]
    public string[] Files { get; init; } = [];
}
