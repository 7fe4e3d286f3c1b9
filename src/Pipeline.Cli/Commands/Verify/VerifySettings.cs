using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Verify;

/// <summary>Arguments of <c>pipeline verify</c>.</summary>
internal sealed class VerifySettings : CommandSettings
{
    [CommandArgument(0, "<bag>")]
    [Description("The bag folder to check.")]
    public string Bag { get; init; } = "";
}
