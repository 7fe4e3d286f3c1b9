using System.CommandLine;
using Pipeline.Cli.CommandLine;

namespace Pipeline.Cli.Commands.Validate;

/// <summary><c>pipeline validate &lt;files…&gt;</c>: checks TEI files against the project's schema.</summary>
internal static class ValidateCommand
{
    public static Command Create(GlobalOptions global)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "TEI files to validate against the project's schema; - reads one from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Validate TEI files against the project's schema.") { files };
        command.SetAction((parse, cancellationToken) =>
        {
            var cli = global.Context(parse);
            return new ValidateRun(cli.Out, cli.Quiet).ExecuteAsync(parse.GetValue(files) ?? [], cancellationToken);
        });
        return command;
    }
}
